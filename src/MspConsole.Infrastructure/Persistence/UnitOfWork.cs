using Microsoft.EntityFrameworkCore;

namespace MspConsole.Infrastructure.Persistence;

public static class UnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, retried whole by SQL Server's execution strategy after a transient
    /// failure. The change tracker is empty when each attempt starts and when this returns, so a retry never saves what a
    /// failed attempt left tracked.
    /// </summary>
    public static async Task InTransactionAsync(this MspConsoleDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await work(ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
