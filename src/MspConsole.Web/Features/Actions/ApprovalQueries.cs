using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Actions;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Actions;

public sealed record ApprovalRow(
    Guid Id, Guid TenantId, string TenantName, string TargetUserObjectId, string TargetUpn, HelpdeskAction Action, string Parameters,
    string Reason, string? TicketReference, string? CallerVerification, string RequestedByObjectId, string RequestedByUpn,
    DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt, ActionRequestStatus Status, string? DecidedByUpn, DateTimeOffset? DecidedAt);

public sealed record ApprovalsViewModel(IReadOnlyList<ApprovalRow> Pending, IReadOnlyList<ApprovalRow> Recent, string CurrentObjectId);

/// <summary>The approvals page: pending requests oldest first, then the latest decisions.</summary>
public sealed class ApprovalQueries(MspConsoleDbContext db)
{
    private const int RecentRows = 25;

    public async Task<ApprovalsViewModel> GetAsync(string currentObjectId, CancellationToken cancellationToken)
    {
        var pending = await Rows(db.ActionRequests.Where(request => request.Status == ActionRequestStatus.Pending)).ToListAsync(cancellationToken);
        var recent = await Rows(db.ActionRequests.Where(request => request.Status != ActionRequestStatus.Pending)).ToListAsync(cancellationToken);
        // Sorted in memory: SQLite cannot order by DateTimeOffset, and the lists are short.
        return new ApprovalsViewModel(
            [.. pending.OrderBy(row => row.RequestedAt)],
            [.. recent.OrderByDescending(row => row.DecidedAt ?? row.RequestedAt).Take(RecentRows)],
            currentObjectId);
    }

    /// <summary>The one projection of a request onto a row.</summary>
    private IQueryable<ApprovalRow> Rows(IQueryable<ActionRequest> requests) =>
        requests.AsNoTracking().Join(db.Tenants, request => request.TenantId, tenant => tenant.Id, (request, tenant) => new ApprovalRow(
            request.Id, request.TenantId, tenant.DisplayName, request.TargetUserObjectId, request.TargetUpn, request.Action, request.Parameters,
            request.Reason, request.TicketReference, request.CallerVerification, request.RequestedByObjectId, request.RequestedByUpn,
            request.RequestedAt, request.ExpiresAt, request.Status, request.DecidedByUpn, request.DecidedAt));
}
