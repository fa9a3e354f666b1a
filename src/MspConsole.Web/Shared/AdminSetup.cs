using MspConsole.Infrastructure.Onboarding;
using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Features.TenantSettings;

namespace MspConsole.Web.Shared;

public static class AdminSetup
{
    /// <summary>Tenant onboarding and administration (the Onboarding, TenantSettings and AccountManagers features): options validated at start, the page services, GDAP.</summary>
    public static IServiceCollection AddTenantAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().Bind(configuration.GetSection(OnboardingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOnboardingInfrastructure(configuration);
        services.AddDataProtection();
        services.AddSingleton<TenantCsvReader>();
        services.AddSingleton<ConsentLinks>();
        services.AddScoped<AdminAudit>();
        services.AddScoped<AdminQueries>();
        services.AddScoped<TenantDetailsQueries>();
        services.AddScoped<AdminTenantPages>();
        services.AddScoped<AccountManagerDirectory>();
        services.AddScoped<TenantIdentityResolver>();
        services.AddScoped<TenantOnboarding>();
        services.AddScoped<TenantWriter>();
        services.AddScoped<TenantImport>();
        services.AddScoped<TenantChanges>();
        services.AddScoped<TenantSettingsEditor>();
        services.AddScoped<TenantOffboarding>();
        services.AddScoped<TenantReactivation>();
        services.AddScoped<ConnectionTesting>();
        return services;
    }
}
