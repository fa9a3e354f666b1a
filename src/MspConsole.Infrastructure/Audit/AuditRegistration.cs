using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MspConsole.Core.Audit;

namespace MspConsole.Infrastructure.Audit;

public static class AuditRegistration
{
    /// <summary>The keyed, checkpointed audit log; Production refuses to start without a configured key.</summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .Validate<IHostEnvironment>((options, environment) => options.HasConfiguredKey || !environment.IsProduction(),
                "Audit:Key or Audit:KeyFile is required in Production: the audit chain's key must be kept outside the database.")
            .ValidateOnStart();
        services.AddSingleton<AuditAppendGate>();
        services.AddSingleton<AuditKeyStore>();
        services.AddSingleton<AuditCheckpointFile>();
        services.AddScoped<IAuditLog, AuditLog>();
        return services;
    }
}
