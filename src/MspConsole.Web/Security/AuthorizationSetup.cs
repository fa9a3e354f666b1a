namespace MspConsole.Web.Security;

public static class AuthorizationSetup
{
    public static IServiceCollection AddConsoleAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Viewer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.Act, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Helpdesk))
            .AddPolicy(Policies.Administer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }
}
