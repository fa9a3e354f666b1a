using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using MspConsole.Web.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Security;

public static class AuthenticationSetup
{
    public const string SignInPath = "/signin";
    public const string AzureAdSection = "AzureAd";

    /// <summary>Cookie sign-in with either the development personas or Entra ID, the role policies and the tenant scope.</summary>
    public static IServiceCollection AddConsoleSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(AuthenticationSettings.SectionName).Get<AuthenticationSettings>() ?? new AuthenticationSettings();
        var mode = settings.ResolveMode(environment);
        if (mode == AuthenticationMode.Development)
        {
            DevelopmentOnly.Ensure(environment, "Authentication:Mode Development", "The persona sign-in lets anyone pick any role: configure EntraId (section AzureAd).");
        }

        services.AddSingleton(new ConsoleAuthentication(mode));
        services.AddSharedDataProtection(configuration);
        services.AddConsoleTransport(configuration, environment);
        services.AddScoped<SignInSessions>();
        if (mode == AuthenticationMode.Development)
        {
            AddDevelopmentSignIn(services, settings, environment);
        }
        else
        {
            AddEntraIdSignIn(services, configuration);
        }

        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = "MspConsole.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = TransportSetup.CookieSecurePolicy(environment);
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user without the right role gets a real 403 (rendered by the error pages), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            SignInSessionEvents.Attach(options.Events);
        });

        services.AddConsoleAuthorization();
        services.AddScoped<TenantScopeResolver>();
        return services;
    }

    private static void AddDevelopmentSignIn(IServiceCollection services, AuthenticationSettings settings, IHostEnvironment environment)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => options.LoginPath = SignInPath);
        if (settings.SeedDemoAssignments && environment.IsDevelopment())
        {
            services.AddHostedService<DemoAssignmentSeeder>();
        }
    }

    private static void AddEntraIdSignIn(IServiceCollection services, IConfiguration configuration)
    {
        var azureAd = configuration.GetSection(AzureAdSection);
        if (string.IsNullOrWhiteSpace(azureAd["ClientId"]) || string.IsNullOrWhiteSpace(azureAd["TenantId"]))
        {
            throw new InvalidOperationException("Authentication:Mode is EntraId but AzureAd:ClientId or AzureAd:TenantId is missing.");
        }

        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(azureAd);
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            // Keep Entra's claim names ("oid", "roles") so app roles are the console roles as they are.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = ConsoleClaims.EntraRoles;
            options.TokenValidationParameters.NameClaimType = ConsoleClaims.PreferredUserName;
        });
    }
}
