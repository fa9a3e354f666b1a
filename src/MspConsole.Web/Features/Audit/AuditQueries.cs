using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Audit;

/// <summary>
/// The audit log, newest first, filtered and in the caller's scope: an account manager sees the entries of their
/// tenants only (not the console-wide ones); Admin and Helpdesk see all.
/// </summary>
public sealed class AuditQueries(MspConsoleDbContext db)
{
    public async Task<AuditPage> PageAsync(TenantScope scope, AuditInput input, CancellationToken cancellationToken)
    {
        var query = Filtered(scope, input);
        if (input.Before is { } before)
        {
            query = query.Where(entry => entry.Id < before);
        }

        var rows = await Project(query.OrderByDescending(entry => entry.Id).Take(AuditInput.PageSize + 1)).ToListAsync(cancellationToken);
        var hasMore = rows.Count > AuditInput.PageSize;
        var shown = rows.Take(AuditInput.PageSize).ToList();
        var tenants = await db.Tenants.AsNoTracking().InScope(scope)
            .OrderBy(tenant => tenant.DisplayName)
            .Select(tenant => new AuditTenantOption(tenant.Id, tenant.DisplayName))
            .ToListAsync(cancellationToken);
        return new AuditPage(input, shown, hasMore ? shown[^1].Id : null, tenants);
    }

    /// <summary>Every matching entry, newest first, streamed for the export.</summary>
    public IAsyncEnumerable<AuditLogRow> StreamAsync(TenantScope scope, AuditInput input) =>
        Project(Filtered(scope, input).OrderByDescending(entry => entry.Id)).AsAsyncEnumerable();

    private IQueryable<AuditEntry> Filtered(TenantScope scope, AuditInput input)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!scope.IsAll)
        {
            query = query.Where(entry => entry.TenantId != null && scope.TenantIds.Contains(entry.TenantId.Value));
        }

        if (input.From is { } from)
        {
            var start = DisplayTime.StartOf(from);
            query = query.Where(entry => entry.OccurredAt >= start);
        }

        if (input.To is { } to)
        {
            var end = DisplayTime.StartOf(to.AddDays(1));
            query = query.Where(entry => entry.OccurredAt < end);
        }

        if (input.Tenant is { } tenantId)
        {
            query = query.Where(entry => entry.TenantId == tenantId);
        }

        if (!string.IsNullOrWhiteSpace(input.Actor))
        {
            var pattern = LikePattern.StartsWith(input.Actor.Trim());
            query = query.Where(entry => EF.Functions.Like(entry.ActorUpn, pattern, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(input.Action))
        {
            var action = input.Action.Trim();
            query = query.Where(entry => entry.Action == action);
        }

        if (input.Outcome is { } outcome)
        {
            query = query.Where(entry => entry.Outcome == outcome);
        }

        return query;
    }

    private IQueryable<AuditLogRow> Project(IQueryable<AuditEntry> entries) => entries
        .GroupJoin(db.Tenants, entry => entry.TenantId, tenant => (Guid?)tenant.Id, (entry, tenants) => new { entry, tenants })
        .SelectMany(x => x.tenants.DefaultIfEmpty(), (x, tenant) => new AuditLogRow(
            x.entry.Id, x.entry.OccurredAt, x.entry.ActorUpn, x.entry.ActorRole, x.entry.Action, x.entry.Outcome, x.entry.TenantId,
            tenant == null ? null : tenant.DisplayName, x.entry.TargetUpn, x.entry.Reason, x.entry.TicketReference, x.entry.Before, x.entry.After,
            x.entry.Error, x.entry.CorrelationId, x.entry.GraphRequestId, x.entry.ClientIp));
}
