using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Database;

namespace MspConsole.TestKit.Harness;

/// <summary>
/// The console's infrastructure as production wires it (AddInfrastructure), on a real SQLite file, talking
/// through the real Graph SDK to an in-process simulator over loopback HTTP. No Hangfire server runs.
/// </summary>
public sealed class ConsoleHarness : IAsyncDisposable
{
    private readonly SqliteTestDatabase database;
    private ServiceProvider services;

    private ConsoleHarness(SimulatorHost simulator, SqliteTestDatabase database, TimeProvider time, IReadOnlyDictionary<string, string?> settings)
    {
        Simulator = simulator;
        this.database = database;
        Time = time;
        Settings = settings;
        services = BuildServices();
    }

    public SimulatorHost Simulator { get; }

    public TimeProvider Time { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public IServiceProvider Services => services;

    public static async Task<ConsoleHarness> StartAsync(SimulatorOptions simulatorOptions, TimeProvider? time = null, IDictionary<string, string?>? settings = null, bool pooledConnections = false)
    {
        var simulator = await SimulatorHost.StartAsync(simulatorOptions);
        var database = await SqliteTestDatabase.CreateAsync(CancellationToken.None);
        var baseUrl = simulator.BaseAddress.ToString().TrimEnd('/');
        var all = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = pooledConnections ? database.PooledConnectionString : database.ConnectionString,
            ["Graph:GraphBaseUrl"] = baseUrl,
            ["Graph:LoginBaseUrl"] = baseUrl,
            ["Graph:ClientId"] = simulatorOptions.ClientId,
            ["Graph:ClientSecret"] = simulatorOptions.ClientSecret,
            ["Graph:TokenSource"] = "ClientCredentials",
            ["Graph:ThrottleBackoffSeconds"] = "0",
            ["Graph:MaxRetryWaitSeconds"] = "5",
            ["Jobs:ServerEnabled"] = "false",
            ["Polling:FailedPollRetrySeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ConsoleHarness(simulator, database, time ?? TimeProvider.System, all);
    }

    /// <summary>Adds every simulator tenant to the console, as onboarding would.</summary>
    public async Task<IReadOnlyList<Guid>> OnboardAllTenantsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        var ids = new List<Guid>();
        foreach (var summary in Simulator.State.GetTenantSummaries())
        {
            db.Tenants.Add(new Tenant(summary.Id, summary.DisplayName, summary.DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, Time.GetUtcNow()));
            ids.Add(summary.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }

    public async Task<PollResult> PollAsync(Guid tenantId, CancellationToken cancellationToken, PollTrigger trigger = PollTrigger.Scheduled)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TenantPoller>().PollAsync(tenantId, trigger, cancellationToken);
    }

    /// <summary>Polls like the job does: a throttled or failed poll is retried (without waiting the job's delay) up to <paramref name="maxAttempts"/>.</summary>
    public async Task<PollResult> PollWithRetriesAsync(Guid tenantId, int maxAttempts, CancellationToken cancellationToken)
    {
        var result = await PollAsync(tenantId, cancellationToken);
        for (var attempt = 1; attempt < maxAttempts && result.RetryAfter is not null; attempt++)
        {
            result = await PollAsync(tenantId, cancellationToken, PollTrigger.Retry);
        }

        return result;
    }

    public MspConsoleDbContext CreateDbContext() => database.CreateContext();

    /// <summary>Another console instance (a second web or worker process) on the same database, job storage and
    /// simulator, with singletons of its own. <paramref name="configure"/> adds to its services; the caller disposes it.</summary>
    public ServiceProvider CreateInstance(Action<IServiceCollection>? configure = null) => BuildServices(configure);

    /// <summary>Stops and starts the console's services on the same database: what a process restart does.</summary>
    public async Task RestartAsync()
    {
        await services.DisposeAsync();
        services = BuildServices();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Simulator.DisposeAsync();
        await database.DisposeAsync();
    }

    private ServiceProvider BuildServices(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton(Time);
        // As the tests' host: Development (the audit key is generated beside the database file).
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development, ApplicationName = "MspConsole.Tests", ContentRootPath = AppContext.BaseDirectory });
        collection.AddInfrastructure(configuration);
        configure?.Invoke(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
