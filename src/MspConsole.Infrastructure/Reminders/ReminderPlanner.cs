using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Works out a bulk send before anything is queued: the preview shows this plan, and the confirmed request queues exactly
/// its users. The same rules decide both, so the preview's total is the number of mails the batch sends at most.
/// </summary>
public sealed class ReminderPlanner(MspConsoleDbContext db, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <summary>The plan for every non-compliant user of one tenant, or of every tenant reminders may go to (<paramref name="tenantId"/> null),
    /// or of the named users of one tenant (<paramref name="objectIds"/>).</summary>
    public async Task<ReminderPlan> PlanAsync(Guid? tenantId, IReadOnlyCollection<string>? objectIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenants = await ReachableTenants(tenantId)
            .Select(tenant => new { tenant.Id, tenant.DisplayName })
            .ToDictionaryAsync(tenant => tenant.Id, tenant => tenant.DisplayName, cancellationToken);
        var users = db.TenantUsers.AsNoTracking()
            .Where(user => user.RemovedAt == null && !user.IsGuest && ReachableTenants(tenantId).Any(tenant => tenant.Id == user.TenantId));
        if (objectIds is not null)
        {
            users = users.Where(user => objectIds.Contains(user.ObjectId));
        }

        var byStatus = await users.GroupBy(user => user.Status).Select(group => new { Status = group.Key, Count = group.Count() }).ToListAsync(cancellationToken);
        var candidates = await users
            .Where(user => user.Status == MfaStatus.NotRegistered || user.Status == MfaStatus.SingleMethod)
            .OrderBy(user => user.Id)
            .Select(user => new { user.TenantId, user.ObjectId })
            .ToListAsync(cancellationToken);

        var reminders = db.Reminders.AsNoTracking().Where(reminder => tenantId == null || reminder.TenantId == tenantId);
        var queued = await KeysAsync(reminders.Where(reminder => reminder.Outcome == null), cancellationToken);
        var since = now.AddDays(-options.Value.RemindedRecentlyDays);
        var recent = await KeysAsync(reminders.Where(reminder => reminder.Outcome == ReminderOutcome.Sent && reminder.SentAt > since), cancellationToken);
        // Known from an earlier attempt only: whether a user has a mailbox is read from Graph when the mail is sent.
        var mailboxless = await KeysAsync(reminders.Where(reminder => reminder.Outcome == ReminderOutcome.Failed && reminder.Error == ReminderReasons.NoMailbox
            && !db.Reminders.Any(later => later.TenantId == reminder.TenantId && later.UserObjectId == reminder.UserObjectId
                && later.Outcome == ReminderOutcome.Sent && later.Id > reminder.Id)), cancellationToken);

        int alreadyQueued = 0, remindedRecently = 0, noMailbox = 0;
        var send = new List<(Guid TenantId, string ObjectId)>();
        var skippedPerTenant = new Dictionary<Guid, int>();
        foreach (var user in candidates)
        {
            var key = (user.TenantId, user.ObjectId);
            if (queued.Contains(key))
            {
                alreadyQueued++;
            }
            else if (recent.Contains(key))
            {
                remindedRecently++;
            }
            else if (mailboxless.Contains(key))
            {
                noMailbox++;
            }
            else
            {
                send.Add(key);
                continue;
            }

            skippedPerTenant[user.TenantId] = skippedPerTenant.GetValueOrDefault(user.TenantId) + 1;
        }

        var senders = await SendersAsync(tenants.Keys, cancellationToken);
        var perTenant = send.GroupBy(user => user.TenantId).ToDictionary(group => group.Key, group => group.Count());
        var tenantRows = tenants
            .Where(tenant => perTenant.ContainsKey(tenant.Key) || skippedPerTenant.ContainsKey(tenant.Key))
            .Select(tenant => new ReminderPlanTenant(tenant.Key, tenant.Value, senders[tenant.Key].Mailbox, perTenant.GetValueOrDefault(tenant.Key), skippedPerTenant.GetValueOrDefault(tenant.Key)))
            .OrderByDescending(row => row.Mails).ThenBy(row => row.Name, StringComparer.CurrentCulture)
            .ToList();
        var mailboxes = tenantRows.Where(row => row.Mails > 0)
            .GroupBy(row => row.SenderMailbox, StringComparer.OrdinalIgnoreCase)
            .Select(group => (Mailbox: group.Key, Mails: group.Sum(row => row.Mails)))
            .Select(group => new ReminderPlanMailbox(group.Mailbox, group.Mails, ReminderPlanMailbox.FinishOf(group.Mails, options.Value.MessagesPerMinutePerMailbox, now)))
            .OrderBy(mailbox => mailbox.Mailbox, StringComparer.OrdinalIgnoreCase)
            .ToList();
        int Count(MfaStatus status) => byStatus.Where(group => group.Status == status).Sum(group => group.Count);
        var skips = new ReminderPlanSkips(Count(MfaStatus.Resilient), Count(MfaStatus.Excluded), noMailbox, remindedRecently, alreadyQueued);
        return new ReminderPlan(tenantRows, mailboxes, skips, send);
    }

    /// <summary>The sender mailbox of each tenant (see <see cref="ReminderSenderMailbox"/>).</summary>
    public async Task<IReadOnlyDictionary<Guid, ReminderSenderMailbox>> SendersAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken cancellationToken)
    {
        var own = await db.ReminderPolicies.AsNoTracking()
            .Where(policy => policy.SenderMailbox != null && tenantIds.Contains(policy.TenantId))
            .ToDictionaryAsync(policy => policy.TenantId, policy => policy.SenderMailbox, cancellationToken);
        return tenantIds.ToDictionary(id => id, id => ReminderSenderMailbox.For(id, own.GetValueOrDefault(id), options.Value));
    }

    /// <summary>Tenants reminders may go to: in the console, not offboarded, not paused, consent in place.</summary>
    private IQueryable<Tenant> ReachableTenants(Guid? tenantId) => db.Tenants.AsNoTracking().Where(tenant =>
        (tenantId == null || tenant.Id == tenantId) && tenant.OffboardedAt == null && !tenant.PollingPaused
        && tenant.ConsentState != ConsentState.Missing && tenant.ConsentState != ConsentState.PermissionMissing);

    private static async Task<HashSet<(Guid, string)>> KeysAsync(IQueryable<Reminder> reminders, CancellationToken cancellationToken) =>
        [.. (await reminders.Select(reminder => new { reminder.TenantId, reminder.UserObjectId }).Distinct().ToListAsync(cancellationToken))
            .Select(reminder => (reminder.TenantId, reminder.UserObjectId))];
}
