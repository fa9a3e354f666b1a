using MspConsole.Core.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Benchmarks;

/// <summary>The console's poller on a SQLite file against a simulator, in this process or in its own.</summary>
internal interface IPollTarget : IAsyncDisposable
{
    IReadOnlyList<TenantSummary> Tenants { get; }

    ITenantGraphClientFactory Graph { get; }

    /// <summary>What the peak memory printed covers.</summary>
    string MemoryScope { get; }

    Task OnboardAllTenantsAsync(CancellationToken cancellationToken);

    Task<PollResult> PollAsync(Guid tenantId, CancellationToken cancellationToken);

    MspConsoleDbContext CreateDbContext();
}
