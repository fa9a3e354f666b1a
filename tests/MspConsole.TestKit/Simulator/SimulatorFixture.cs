using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Graph;
using Xunit;

namespace MspConsole.TestKit.Simulator;

/// <summary>
/// Starts the Graph simulator in-process on a free loopback port for a test class, and builds the console's Graph
/// services (the real SDK, over real HTTP) pointed at it. Report pages are small so paging is exercised.
/// Dataset (SimulatorOptions, seed 1): tenant 0 licensed and consented, 1 unlicensed, 2 not consented.
/// </summary>
public class SimulatorFixture : IAsyncLifetime
{
    private SimulatorHost? host;

    public SimulatorHost Host => host ?? throw new InvalidOperationException("The simulator has not started.");

    public SimulatorState State => Host.State;

    public SimTenant LicensedTenant => State.Tenants[0];

    public SimTenant UnlicensedTenant => State.Tenants[1];

    public SimTenant UnconsentedTenant => State.Tenants[2];

    /// <summary>Options the simulator starts with; override for other datasets.</summary>
    protected virtual SimulatorOptions CreateOptions() => new() { Tenants = 6, ReportPageSize = 5 };

    public async ValueTask InitializeAsync() => host = await SimulatorHost.StartAsync(CreateOptions(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The "Graph" configuration section that points the console at this simulator (plain HTTP client credentials).</summary>
    public Dictionary<string, string?> GraphSettings() => new()
    {
        ["Graph:GraphBaseUrl"] = Host.BaseAddress.ToString().TrimEnd('/'),
        ["Graph:LoginBaseUrl"] = Host.BaseAddress.ToString(),
        ["Graph:ClientId"] = SimulatorOptions.DefaultClientId,
        ["Graph:ClientSecret"] = SimulatorOptions.DefaultClientSecret,
        ["Graph:TokenSource"] = nameof(TokenSourceKind.ClientCredentials),
        ["Graph:MaxRetries"] = "2",
        ["Graph:ThrottleBackoffSeconds"] = "0",
        ["Graph:MaxRetryWaitSeconds"] = "10",
        ["Graph:UserPageSize"] = "10",
    };

    /// <summary>A fresh service provider (own token cache) with the console's Graph registration against this simulator.</summary>
    public ServiceProvider CreateGraphServices(Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null)
    {
        var settings = GraphSettings();
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddTenantGraph(configuration);
        services?.Invoke(collection);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
