using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Polling;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Jobs;

public static class JobsRegistration
{
    /// <summary>How long a SQLite storage lock outlives a holder that stopped renewing it (a killed process).</summary>
    public static readonly TimeSpan SqliteLockLifetime = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Hangfire on storage that follows the database provider (SQL Server storage shared by every instance;
    /// a SQLite file on the embedded default, so a restart keeps queued work), plus the polling jobs.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // This host's own storage. Hangfire's JobStorage.Current is one static for the whole process, and its default
        // registration hands every service that static at resolution time: another host's storage, disposed with it.
        var storage = new Lazy<JobStorage>(() => database.Provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(database.ResolveConnectionString(), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true })
            : new SQLiteStorage(HangfireSqlitePath(database), new SQLiteStorageOptions { DistributedLockLifetime = SqliteLockLifetime }));
        services.AddSingleton(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>(); // applies the configuration below first
            return storage.Value;
        });
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new HostBoundHangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new JobLogContextFilter())
            .UseStorage(storage.Value));

        if (jobs.ServerEnabled)
        {
            services.AddHangfireServer(server =>
            {
                server.ServerName = $"{Environment.MachineName}:poll:{Environment.ProcessId}";
                server.Queues = [JobQueues.Poll];
                server.WorkerCount = jobs.PollWorkers;
            });
            services.AddHangfireServer(server =>
            {
                server.ServerName = $"{Environment.MachineName}:actions:{Environment.ProcessId}";
                server.Queues = [JobQueues.Actions, JobQueues.Default];
                server.WorkerCount = jobs.ActionWorkers;
            });
            services.AddHostedService<JobsStartup>();
            services.AddHostedService<InterruptedPollSweeper>();
        }

        services.AddSingleton<ITenantPollLock, HangfireTenantPollLock>();
        services.AddSingleton<IPollScheduler, HangfirePollScheduler>();
        services.AddScoped<PollTenantJob>();
        services.AddScoped<PollUserJob>();
        services.AddScoped<PollAllTenantsJob>();
        return services;
    }

    private static string HangfireSqlitePath(DatabaseOptions database)
    {
        var folder = database.ResolveDataFolder();
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "hangfire.db");
    }
}
