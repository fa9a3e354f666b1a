using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Audit;

/// <summary>
/// Appends entries chained by keyed hash, each followed by a signed checkpoint outside the table. Within one process
/// appends are serialized; across instances the unique index on PreviousHash refuses a fork, and the loser re-reads
/// the chain's end and tries again.
/// </summary>
internal sealed class AuditLog(
    MspConsoleDbContext db,
    AuditAppendGate gate,
    AuditKeyStore keys,
    AuditCheckpointFile checkpoints,
    TimeProvider time,
    ILogger<AuditLog> logger) : IAuditLog
{
    private const int MaxAttempts = 5;

    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var previous = await db.AuditEntries.AsNoTracking()
                    .OrderByDescending(entry => entry.Id)
                    .Select(entry => new AuditChainHead(entry.Sequence, entry.Hash))
                    .FirstOrDefaultAsync(cancellationToken) ?? AuditChainHead.Genesis;
                var entry = AuditEntry.Chain(auditEvent, previous, keys.Key);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await checkpoints.AppendAsync(AuditCheckpoint.Sign(entry.Head, time.GetUtcNow(), keys.Key), cancellationToken);
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

    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken) =>
        await AuditChain.VerifyAsync(
            db.AuditEntries.AsNoTracking().OrderBy(entry => entry.Id).AsAsyncEnumerable(),
            await checkpoints.ReadAllAsync(cancellationToken),
            keys.Key,
            cancellationToken);
}
