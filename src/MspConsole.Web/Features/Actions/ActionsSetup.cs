namespace MspConsole.Web.Features.Actions;

public static class ActionsSetup
{
    /// <summary>The action pages' queries (the actions themselves are registered by AddInfrastructure).</summary>
    public static IServiceCollection AddActionPages(this IServiceCollection services)
    {
        services.AddScoped<ActionPages>();
        services.AddScoped<ApprovalQueries>();
        services.AddSingleton<PassHandOff>();
        return services;
    }
}
