using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MspConsole.Core.Figures;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Figures;

/// <summary>
/// The set-based user writes, which bypass the change tracker and so <see cref="TenantFiguresInterceptor"/>: each moves the
/// figures in its own transaction. Also the full recount that the figures must always equal.
/// </summary>
public static class TenantFigureStore
{
    /// <summary>Marks removed the tenant's current users not seen since <paramref name="seenBefore"/> (missing at a poll's end),
    /// taking them out of the figures in the same transaction. Returns how many were removed.</summary>
    public static async Task<int> MarkUnseenRemovedAsync(MspConsoleDbContext db, Guid tenantId, DateTimeOffset seenBefore, DateTimeOffset removedAt, CancellationToken cancellationToken)
    {
        var leaving = db.TenantUsers.Where(user => user.TenantId == tenantId && user.RemovedAt == null && user.LastSeenAt < seenBefore);
        return await InTransactionAsync(db, async ct =>
        {
            var delta = new FiguresDelta();
            await foreach (var user in Contributions(leaving).WithCancellation(ct))
            {
                delta.Add(tenantId, user, -1);
            }

            var removed = await leaving.ExecuteUpdateAsync(set => set.SetProperty(user => user.RemovedAt, removedAt), ct);
            await ApplyAsync(db, delta, ct);
            return removed;
        }, cancellationToken);
    }

    /// <summary>Deletes every user of the tenant and zeroes its figures; the caller holds the transaction (a purge).</summary>
    public static async Task<int> DeleteUsersAsync(MspConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var users = await db.TenantUsers.Where(user => user.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.TenantMethodFigures.Where(figure => figure.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await SetCountsAsync(db, tenantId, default, cancellationToken);
        return users;
    }

    /// <summary>The tenant's figures counted afresh from its user rows: what the stored figures must equal.</summary>
    public static async Task<FigureSet> RecountAsync(MspConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var counts = default(FigureCounts);
        var methods = new Dictionary<string, int>(StringComparer.Ordinal);
        var users = db.TenantUsers.AsNoTracking().Where(user => user.TenantId == tenantId && user.RemovedAt == null);
        await foreach (var user in Contributions(users).WithCancellation(cancellationToken))
        {
            counts += user.Counts;
            foreach (var method in user.Methods)
            {
                methods[method] = methods.GetValueOrDefault(method) + 1;
            }
        }

        return new FigureSet(counts, methods);
    }

    public static async Task<FigureSet> StoredAsync(MspConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var counts = await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(tenant => tenant.Figures).SingleOrDefaultAsync(cancellationToken);
        var methods = await db.TenantMethodFigures.AsNoTracking().Where(f => f.TenantId == tenantId && f.Users != 0)
            .ToDictionaryAsync(f => f.Method, f => f.Users, StringComparer.Ordinal, cancellationToken);
        return new FigureSet(counts, methods);
    }

    /// <summary>Overwrites the tenant's stored figures with a recount, in one serializable transaction so no save slips between.</summary>
    public static async Task<(FigureSet Before, FigureSet After)> RewriteAsync(MspConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken) =>
        await InTransactionAsync(db, async ct =>
        {
            var before = await StoredAsync(db, tenantId, ct);
            var after = await RecountAsync(db, tenantId, ct);
            await db.TenantMethodFigures.Where(f => f.TenantId == tenantId).ExecuteDeleteAsync(ct);
            await SetCountsAsync(db, tenantId, after.Counts, ct);
            db.TenantMethodFigures.AddRange(after.Methods.Select(pair => new TenantMethodFigure(tenantId, pair.Key, pair.Value)));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return (before, after);
        }, cancellationToken);

    private static async Task SetCountsAsync(MspConsoleDbContext db, Guid tenantId, FigureCounts counts, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await FigureCommands.SetAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), tenantId, counts, cancellationToken);
    }

    private static async Task ApplyAsync(MspConsoleDbContext db, FiguresDelta delta, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await FigureCommands.ApplyAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), delta, cancellationToken);
    }

    private static IAsyncEnumerable<UserContribution> Contributions(IQueryable<TenantUser> users) => users.AsNoTracking()
        .Select(user => new { user.Status, user.IsAdmin, user.MethodsRegistered, user.PerUserMfaState })
        .AsAsyncEnumerable()
        .Select(user => UserContribution.Of(user.Status, user.IsAdmin, user.MethodsRegistered, user.PerUserMfaState, removed: false));

    /// <summary>Runs <paramref name="work"/> in a serializable transaction (retried whole by SQL Server's execution strategy),
    /// or inside the caller's transaction when it holds one.</summary>
    private static async Task<T> InTransactionAsync<T>(MspConsoleDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
