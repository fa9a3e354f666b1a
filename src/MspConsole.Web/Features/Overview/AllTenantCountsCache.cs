using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Overview;

/// <summary>
/// The user counts of every tenant, counted at most once per <see cref="Lifetime"/> and shared by every request. At
/// 5,000 tenants / 1,000,000 users the grouped count costs about a second of database time, which concurrent overview
/// requests would otherwise each pay. While a newer count runs, requests get the last finished one, so only the very
/// first request waits. Counts change with polls and helpdesk actions, so a few seconds' delay on a broad overview goes
/// unnoticed; tenant and user pages and narrow overviews always count afresh.
/// </summary>
public sealed class AllTenantCountsCache(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    private readonly Lock gate = new();
    private Task<Dictionary<Guid, UserCounts>>? counting;
    private DateTimeOffset countingSince;
    private Task<Dictionary<Guid, UserCounts>>? lastCounted;

    public Task<Dictionary<Guid, UserCounts>> GetAsync(CancellationToken cancellationToken)
    {
        Task<Dictionary<Guid, UserCounts>> current;
        lock (gate)
        {
            if (counting is { IsCompletedSuccessfully: true })
            {
                lastCounted = counting;
            }

            var now = time.GetUtcNow();
            if (counting is null || counting.IsFaulted || counting.IsCanceled || (counting.IsCompleted && now - countingSince >= Lifetime))
            {
                // Off the caller's thread and token: one caller giving up must not fail the others waiting for it.
                counting = Task.Run(CountAsync, CancellationToken.None);
                countingSince = now;
            }

            current = counting.IsCompleted || lastCounted is null ? counting : lastCounted;
        }

        return current.WaitAsync(cancellationToken);
    }

    private async Task<Dictionary<Guid, UserCounts>> CountAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        return await db.CountByTenantAsync(TenantScope.All, null, CancellationToken.None);
    }
}
