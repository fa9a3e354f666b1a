using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Audit;
using MspConsole.Infrastructure.Graph;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Everything outside the domain: database, Graph, jobs, audit log.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DisplayOptions>().Bind(configuration.GetSection(DisplayOptions.Section)).ValidateDataAnnotations()
            .Validate(options => DisplayOptions.Find(options.TimeZone) is not null, "Display:TimeZone is not a time zone this machine knows (install tzdata).")
            .ValidateOnStart();
        services.AddPersistence(configuration);
        services.AddTenantGraph(configuration);
        services.AddPolling(configuration);
        services.AddJobs(configuration);
        services.AddReminders(configuration);
        services.AddAuditLog(configuration);
        services.AddHelpdeskActions(configuration);
        return services;
    }
}
