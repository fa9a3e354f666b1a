using MspConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>Turns "send now" into a batch whose reminders are queued at once: one user as asked, more users as their confirmed plan says.</summary>
public sealed class ReminderRequests(MspConsoleDbContext db, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <summary>A batch for the named users of one tenant (unknown ids are ignored); null when none of them is known.</summary>
    public async Task<ReminderBatch?> ForUsersAsync(Guid tenantId, IReadOnlyCollection<string> objectIds, string reason, AuditActor requester, CancellationToken cancellationToken)
    {
        var wanted = objectIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 || wanted.Count > options.Value.MaxSelection)
        {
            throw new ArgumentException($"Select between 1 and {options.Value.MaxSelection} users.", nameof(objectIds));
        }

        var known = await db.TenantUsers.AsNoTracking()
            .Where(user => user.TenantId == tenantId && wanted.Contains(user.ObjectId))
            .OrderBy(user => user.Id)
            .Select(user => user.ObjectId)
            .ToListAsync(cancellationToken);
        if (known.Count == 0)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var batch = new ReminderBatch(ReminderBatchKind.Manual, ReminderTarget.Users, tenantId, requester, reason, now);
        db.ReminderBatches.Add(batch);
        db.Reminders.AddRange(known.Select(objectId => Reminder.Queue(tenantId, objectId, batch.Id, requester.Upn, now)));
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    /// <summary>A batch that queues exactly the users of a confirmed <paramref name="plan"/>: of one tenant, a selection of it,
    /// or every tenant (<paramref name="tenantId"/> null).</summary>
    public async Task<ReminderBatch> ForPlanAsync(ReminderTarget target, Guid? tenantId, ReminderPlan plan, string reason, AuditActor requester, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var batch = new ReminderBatch(ReminderBatchKind.Manual, target, tenantId, requester, reason, now);
        db.ReminderBatches.Add(batch);
        db.Reminders.AddRange(plan.Users.Select(user => Reminder.Queue(user.TenantId, user.ObjectId, batch.Id, requester.Upn, now)));
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }
}
