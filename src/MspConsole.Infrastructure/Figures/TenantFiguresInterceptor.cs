using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using MspConsole.Core.Figures;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Figures;

/// <summary>
/// Keeps every tenant's stored figures current in the same transaction as the user rows that move them, whichever code saves
/// them (a poll's page, a removed or re-read user, an exclusion): before a save it takes, for each added, changed or deleted
/// TenantUser, its new contribution minus its old one (the change tracker's original values); the sum is written at the commit
/// of the save's transaction, or right after the save inside a transaction the caller holds. Set-based writes that bypass the
/// change tracker (ExecuteUpdate/ExecuteDelete on users) must go through <see cref="TenantFigureStore"/> instead.
/// </summary>
internal sealed class TenantFiguresInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public static TenantFiguresInterceptor Instance { get; } = new();

    private TenantFiguresInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Finish(eventData.Context) is { InCallersTransaction: true } pending && eventData.Context is { } context)
        {
            FigureCommands.Apply(context.Database.GetDbConnection(), context.Database.CurrentTransaction?.GetDbTransaction(), pending.Delta);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Finish(eventData.Context) is { InCallersTransaction: true } pending && eventData.Context is { } context)
        {
            await FigureCommands.ApplyAsync(context.Database.GetDbConnection(), context.Database.CurrentTransaction?.GetDbTransaction(), pending.Delta, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Finish(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Finish(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The save's own transaction is about to commit: its user rows are written, so add their figures now. A retried
    /// save (SQL Server's execution strategy) commits a new transaction and comes here again, as it should.</summary>
    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (PendingOf(eventData.Context) is { InCallersTransaction: false } pending && transaction.Connection is { } connection)
        {
            FigureCommands.Apply(connection, transaction, pending.Delta);
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (PendingOf(eventData.Context) is { InCallersTransaction: false } pending && transaction.Connection is { } connection)
        {
            await FigureCommands.ApplyAsync(connection, transaction, pending.Delta, cancellationToken);
        }

        return result;
    }

    private static PendingFigures? PendingOf(DbContext? context) => (context as MspConsoleDbContext)?.PendingFigures;

    private static void Prepare(DbContext? context)
    {
        if (context is not MspConsoleDbContext db)
        {
            return;
        }

        db.PendingFigures = null;
        var delta = DeltaOf(db);
        if (delta.IsEmpty)
        {
            return;
        }

        var inCallersTransaction = db.Database.CurrentTransaction is not null;
        db.PendingFigures = new PendingFigures(delta, inCallersTransaction, db.Database.AutoTransactionBehavior);
        if (!inCallersTransaction)
        {
            // Even a one-row save gets a transaction, so that its figures commit with it.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static PendingFigures? Finish(DbContext? context)
    {
        if (context is not MspConsoleDbContext { PendingFigures: { } pending } db)
        {
            return null;
        }

        db.PendingFigures = null;
        db.Database.AutoTransactionBehavior = pending.PreviousBehavior;
        return pending;
    }

    private static FiguresDelta DeltaOf(MspConsoleDbContext db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var delta = new FiguresDelta();
        foreach (var entry in db.ChangeTracker.Entries<TenantUser>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    delta.Add(entry.Entity.TenantId, UserContribution.Of(entry.Entity), 1);
                    break;
                case EntityState.Modified:
                    delta.Change(entry.Entity.TenantId, Original(entry), UserContribution.Of(entry.Entity));
                    break;
                case EntityState.Deleted:
                    delta.Add(entry.Entity.TenantId, Original(entry), -1);
                    break;
            }
        }

        return delta;
    }

    private static UserContribution Original(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TenantUser> entry) => UserContribution.Of(
        entry.Property(user => user.Status).OriginalValue,
        entry.Property(user => user.IsAdmin).OriginalValue,
        entry.Property(user => user.MethodsRegistered).OriginalValue,
        entry.Property(user => user.PerUserMfaState).OriginalValue,
        entry.Property(user => user.RemovedAt).OriginalValue is not null);
}
