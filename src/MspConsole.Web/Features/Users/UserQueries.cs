using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Users;

/// <summary>One user of one tenant, with their reminders and the actions taken on them.</summary>
public sealed class UserQueries(MspConsoleDbContext db)
{
    private const int HistoryRows = 100;

    /// <summary>The standing of the user's tenant, or null when the caller cannot see the user (or it does not exist).</summary>
    public async Task<TenantStanding?> StandingAsync(TenantScope scope, Guid tenantId, string objectId, CancellationToken cancellationToken)
    {
        var tenant = await db.TenantUsers.InScope(scope).Where(user => user.TenantId == tenantId && user.ObjectId == objectId)
            .Join(db.Tenants, user => user.TenantId, tenant => tenant.Id, (user, tenant) => new { tenant.OffboardedAt, tenant.PollingPaused })
            .SingleOrDefaultAsync(cancellationToken);
        return tenant is null ? null : Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused);
    }

    public async Task<UserViewModel?> GetAsync(TenantScope scope, Guid tenantId, string objectId, CancellationToken cancellationToken)
    {
        if (!scope.Includes(tenantId))
        {
            return null;
        }

        var user = await db.TenantUsers.AsNoTracking().InScope(scope)
            .Where(user => user.TenantId == tenantId && user.ObjectId == objectId)
            .Join(db.Tenants, user => user.TenantId, tenant => tenant.Id, (user, tenant) => new UserDetails(
                user.TenantId, tenant.DisplayName, user.ObjectId, user.UserPrincipalName, user.DisplayName, user.IsAdmin, user.IsGuest,
                user.IsSsprRegistered, user.IsPasswordlessCapable, user.MethodsRegistered, user.MfaMethodCount, user.DefaultMethod,
                user.PreferredLanguage, user.PerUserMfaState, user.LastUpdatedInGraph, user.FirstSeenAt, user.LastSeenAt, user.RemovedAt,
                user.ExclusionReason, user.Status, Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused)))
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var reminders = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.TenantId == tenantId && reminder.UserObjectId == objectId)
            .OrderByDescending(reminder => reminder.CreatedAt)
            .Take(HistoryRows)
            .Select(reminder => new ReminderRow(reminder.CreatedAt, reminder.SentAt, reminder.Language, reminder.RecipientAddress, reminder.SenderMailbox, reminder.RequestedBy, reminder.Outcome, reminder.Error))
            .ToListAsync(cancellationToken);
        var actions = await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.TenantId == tenantId && entry.TargetUserObjectId == objectId)
            .OrderByDescending(entry => entry.Id)
            .Take(HistoryRows)
            .Select(entry => new AuditRow(entry.OccurredAt, entry.ActorUpn, entry.ActorRole, entry.Action, entry.Outcome, entry.Reason, entry.TicketReference, entry.Error))
            .ToListAsync(cancellationToken);
        return new UserViewModel(user, StatusExplanation.For(user), reminders, actions);
    }
}
