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
        var rows = db.ActionRequests.AsNoTracking().Join(db.Tenants, request => request.TenantId, tenant => tenant.Id, (request, tenant) => new ApprovalRow(
            request.Id, request.TenantId, tenant.DisplayName, request.TargetUserObjectId, request.TargetUpn, request.Action, request.Parameters,
            request.Reason, request.TicketReference, request.CallerVerification, request.RequestedByObjectId, request.RequestedByUpn,
            request.RequestedAt, request.ExpiresAt, request.Status, request.DecidedByUpn, request.DecidedAt));
        var pending = await rows.Where(row => row.Status == ActionRequestStatus.Pending).ToListAsync(cancellationToken);
        var recent = await rows.Where(row => row.Status != ActionRequestStatus.Pending).ToListAsync(cancellationToken);
        // Sorted in memory: SQLite cannot order by DateTimeOffset, and the lists are short.
        return new ApprovalsViewModel(
            [.. pending.OrderBy(row => row.RequestedAt)],
            [.. recent.OrderByDescending(row => row.DecidedAt ?? row.RequestedAt).Take(RecentRows)],
            currentObjectId);
    }

    public Task<ApprovalRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ActionRequests.AsNoTracking().Where(request => request.Id == id).Join(db.Tenants, request => request.TenantId, tenant => tenant.Id, (request, tenant) => new ApprovalRow(
            request.Id, request.TenantId, tenant.DisplayName, request.TargetUserObjectId, request.TargetUpn, request.Action, request.Parameters,
            request.Reason, request.TicketReference, request.CallerVerification, request.RequestedByObjectId, request.RequestedByUpn,
            request.RequestedAt, request.ExpiresAt, request.Status, request.DecidedByUpn, request.DecidedAt)).SingleOrDefaultAsync(cancellationToken);
}
