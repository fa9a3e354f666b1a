using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Audit;

/// <summary>
/// Appends hash-chained entries. Within one process appends are serialized; across instances the unique
/// index on PreviousHash refuses a fork, and the loser re-reads the chain's end and tries again.
/// </summary>
internal sealed class AuditLog(MspConsoleDbContext db, AuditAppendGate gate, ILogger<AuditLog> logger) : IAuditLog
{
    private const int MaxAttempts = 5;

    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var previousHash = await db.AuditEntries.AsNoTracking()
                    .OrderByDescending(entry => entry.Id)
                    .Select(entry => entry.Hash)
                    .FirstOrDefaultAsync(cancellationToken) ?? AuditEntry.GenesisHash;
                var entry = AuditEntry.Chain(auditEvent, previousHash);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    logger.LogDebug("Audited {Action} by {Actor} on {TenantId}/{Target}: {Outcome}",
                        auditEvent.Action, auditEvent.ActorUpn, auditEvent.TenantId, auditEvent.TargetUpn, auditEvent.Outcome);
                    return entry;
                }
                catch (DbUpdateException exception) when (attempt < MaxAttempts)
                {
                    // Most likely another instance appended first; retry against the new end of the chain.
                    logger.LogWarning("Audit append raced another writer (attempt {Attempt}: {Error}); retrying", attempt, exception.InnerException?.Message ?? exception.Message);
                    db.Entry(entry).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken) =>
        AuditChain.VerifyAsync(db.AuditEntries.AsNoTracking().OrderBy(entry => entry.Id).AsAsyncEnumerable(), cancellationToken);
}
