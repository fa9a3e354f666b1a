using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Reminders;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>The users a send request or campaign is for; one place for "non-compliant" and "due".</summary>
public sealed class ReminderCandidates(MspConsoleDbContext db)
{
    /// <summary>Current members without enough MFA methods, and without a reminder already queued.</summary>
    public IQueryable<TenantUser> NonCompliant(IQueryable<TenantUser> users) => users
        .Where(user => user.RemovedAt == null && !user.IsGuest
            && (user.Status == MfaStatus.NotRegistered || user.Status == MfaStatus.SingleMethod))
        .Where(user => !db.Reminders.Any(reminder => reminder.TenantId == user.TenantId && reminder.UserObjectId == user.ObjectId && reminder.Outcome == null));

    public IQueryable<TenantUser> NonCompliantOfTenant(Guid tenantId) => NonCompliant(db.TenantUsers.Where(user => user.TenantId == tenantId));

    /// <summary>The users a campaign reminds now: a targeted status, fewer than the maximum reminders, the last one at least a cadence ago.</summary>
    public async Task<IReadOnlyList<string>> DueForCampaignAsync(ReminderPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await NonCompliantOfTenant(policy.TenantId)
            .Where(user => !user.IsExcluded)
            .Select(user => new { user.ObjectId, user.Status })
            .ToListAsync(cancellationToken);
        var targeted = candidates.Where(user => policy.Targets(user.Status)).Select(user => user.ObjectId).ToHashSet(StringComparer.Ordinal);
        if (targeted.Count == 0)
        {
            return [];
        }

        // Only sent reminders count towards the maximum and the cadence; at most max × users rows, read once.
        var sent = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.TenantId == policy.TenantId && reminder.Outcome == ReminderOutcome.Sent)
            .Select(reminder => new { reminder.UserObjectId, reminder.SentAt, reminder.CreatedAt })
            .ToListAsync(cancellationToken);
        var history = sent.GroupBy(reminder => reminder.UserObjectId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (Count: group.Count(), Last: group.Max(reminder => reminder.SentAt ?? reminder.CreatedAt)), StringComparer.Ordinal);
        return [.. targeted
            .Where(objectId => history.TryGetValue(objectId, out var past) ? policy.IsDueFor(past.Count, past.Last, now) : policy.IsDueFor(0, null, now))
            .Order(StringComparer.Ordinal)];
    }
}
