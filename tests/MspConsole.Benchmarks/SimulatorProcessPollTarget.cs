using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Graph;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Database;
using MspConsole.TestKit.Persistence;

namespace MspConsole.Benchmarks;

/// <summary>
/// The simulator started as its own process (the standalone MspConsole.GraphSimulator, copied beside this program) on a
/// loopback port, so this process holds only what the console holds while polling: its memory is the console's.
/// </summary>
internal sealed partial class SimulatorProcessPollTarget : IPollTarget
{
    private readonly Process simulator;
    private readonly SqliteTestDatabase database;
    private readonly ServiceProvider services;

    private SimulatorProcessPollTarget(Process simulator, SqliteTestDatabase database, ServiceProvider services, IReadOnlyList<TenantSummary> tenants)
    {
        this.simulator = simulator;
        this.database = database;
        this.services = services;
        Tenants = tenants;
    }

    public IReadOnlyList<TenantSummary> Tenants { get; }

    public ITenantGraphClientFactory Graph => services.GetRequiredService<ITenantGraphClientFactory>();

    public string MemoryScope => "the console's poller alone; the simulator runs in its own process";

    public static async Task<SimulatorProcessPollTarget> StartAsync(SimulatorOptions options, int workers)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "MspConsole.GraphSimulator.dll"),
            "--tenants", options.Tenants.ToString(CultureInfo.InvariantCulture),
            "--seed", options.Seed.ToString(CultureInfo.InvariantCulture),
            "--client-id", options.ClientId, "--client-secret", options.ClientSecret,
            "--urls", "http://127.0.0.1:0",
        }.Concat(options.LargeTenantUsers is { } large ? ["--large-tenant-users", large.ToString(CultureInfo.InvariantCulture)] : []))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The simulator did not start.");
        Uri address;
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The simulator exited while starting.");
            if (ListeningPattern().Match(line) is { Success: true } listening)
            {
                address = new Uri(listening.Groups[1].Value + "/");
                break;
            }
        }

        // Keep reading so a full pipe never blocks the simulator.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var tenants = await http.GetFromJsonAsync<List<TenantSummary>>("_simulator/tenants") ?? [];

        var database = await SqliteTestDatabase.CreateAsync(CancellationToken.None);
        var baseUrl = address.ToString().TrimEnd('/');
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = database.PooledConnectionString,
            ["Graph:GraphBaseUrl"] = baseUrl,
            ["Graph:LoginBaseUrl"] = baseUrl,
            ["Graph:ClientId"] = options.ClientId,
            ["Graph:ClientSecret"] = options.ClientSecret,
            ["Graph:TokenSource"] = "ClientCredentials",
            ["Jobs:ServerEnabled"] = "false",
            ["Jobs:PollWorkers"] = workers.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton(TimeProvider.System);
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development, ApplicationName = "MspConsole.Benchmarks", ContentRootPath = AppContext.BaseDirectory });
        collection.AddInfrastructure(configuration);
        return new SimulatorProcessPollTarget(process, database, collection.BuildServiceProvider(), tenants);
    }

    public async Task OnboardAllTenantsAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateDbContext();
        foreach (var summary in Tenants)
        {
            db.Tenants.Add(new Tenant(summary.Id, summary.DisplayName, summary.DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, TimeProvider.System.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PollResult> PollAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TenantPoller>().PollAsync(tenantId, PollTrigger.Scheduled, cancellationToken);
    }

    public MspConsoleDbContext CreateDbContext() => database.CreateContext();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        simulator.Kill(entireProcessTree: true);
        await simulator.WaitForExitAsync();
        simulator.Dispose();
        await database.DisposeAsync();
    }

    [GeneratedRegex(@" at (http://127\.0\.0\.1:\d+)/v1\.0")]
    private static partial Regex ListeningPattern();
}
