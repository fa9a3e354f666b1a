using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Harness;

namespace MspConsole.Benchmarks;

/// <summary>The test harness: simulator, SDK and poller in this one process.</summary>
internal sealed class InProcessPollTarget(ConsoleHarness harness) : IPollTarget
{
    public IReadOnlyList<TenantSummary> Tenants { get; } = harness.Simulator.State.GetTenantSummaries();

    public ITenantGraphClientFactory Graph => harness.Services.GetRequiredService<ITenantGraphClientFactory>();

    public string MemoryScope => "simulator, SDK and poller in one process";

    public static async Task<InProcessPollTarget> StartAsync(SimulatorOptions simulator, int workers) =>
        new(await ConsoleHarness.StartAsync(simulator,
            settings: new Dictionary<string, string?> { ["Jobs:PollWorkers"] = workers.ToString(CultureInfo.InvariantCulture) },
            pooledConnections: true));

    public Task OnboardAllTenantsAsync(CancellationToken cancellationToken) => harness.OnboardAllTenantsAsync(cancellationToken);

    public Task<PollResult> PollAsync(Guid tenantId, CancellationToken cancellationToken) => harness.PollAsync(tenantId, cancellationToken);

    public MspConsoleDbContext CreateDbContext() => harness.CreateDbContext();

    public ValueTask DisposeAsync() => harness.DisposeAsync();
}
