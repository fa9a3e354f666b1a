using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Actions;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Actions;

/// <summary>Idempotency keys of submitted action forms: a second submit of the same form finds the first one's receipt instead of acting again.</summary>
public sealed class ActionReceipts(MspConsoleDbContext db, TimeProvider time, ILogger<ActionReceipts> logger)
{
    /// <summary>Null when the key is claimed now (go ahead); otherwise the earlier submit's receipt (do not act).</summary>
    public async Task<ActionReceipt?> ClaimAsync(Guid key, string actorObjectId, CancellationToken cancellationToken)
    {
        var existing = await db.ActionReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var receipt = new ActionReceipt(key, actorObjectId, time.GetUtcNow());
        db.ActionReceipts.Add(receipt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // The same form raced in on another request (or instance): the primary key let only one claim through.
            logger.LogWarning("Refused a second submit of action form {Key} by {Actor}: the first one is answered instead", key, actorObjectId);
            db.Entry(receipt).State = EntityState.Detached;
            return await db.ActionReceipts.AsNoTracking().SingleAsync(r => r.Key == key, cancellationToken);
        }
    }

    public async Task CompleteAsync(Guid key, string summary, CancellationToken cancellationToken)
    {
        var receipt = await db.ActionReceipts.SingleAsync(r => r.Key == key, cancellationToken);
        receipt.Complete(summary, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
