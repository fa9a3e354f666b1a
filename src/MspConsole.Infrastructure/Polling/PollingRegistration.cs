using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MspConsole.Infrastructure.Polling;

public static class PollingRegistration
{
    /// <summary>The poller and the single-user re-read; their lock and scheduling come from Jobs.</summary>
    public static IServiceCollection AddPolling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PollingOptions>().Bind(configuration.GetSection(PollingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PollingOptions>>(new RenamedPollingSettings(configuration));
        services.AddScoped<TenantPoller>();
        services.AddScoped<UserRefresher>();
        return services;
    }
}
