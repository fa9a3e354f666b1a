using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Actions;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Actions;

/// <summary>The approvals page: pending requests oldest first, the reader's approved passes to issue, then the latest decisions.</summary>
public sealed class ApprovalQueries(MspConsoleDbContext db, IOptions<ActionsOptions> options, TimeProvider time)
{
    private const int RecentRows = 25;

    public TimeSpan IssueWindow => options.Value.PassIssueWindow;

    public async Task<ApprovalsViewModel> GetAsync(string currentObjectId, CancellationToken cancellationToken)
    {
        var pending = await Rows(db.ActionRequests.Where(request => request.Status == ActionRequestStatus.Pending)).ToListAsync(cancellationToken);
        var approvedPasses = await Rows(db.ActionRequests.Where(request => request.Status == ActionRequestStatus.Approved
            && request.Action == HelpdeskAction.TemporaryAccessPass && request.RequestedByObjectId == currentObjectId)).ToListAsync(cancellationToken);
        var recent = await Rows(db.ActionRequests.Where(request => request.Status != ActionRequestStatus.Pending)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Sorted and filtered in memory: SQLite cannot compare or order DateTimeOffset, and the lists are short.
        return new ApprovalsViewModel(
            [.. pending.OrderBy(row => row.RequestedAt)],
            [.. approvedPasses.Where(row => row.IssueBefore(IssueWindow) > now).OrderBy(row => row.DecidedAt)],
            [.. recent.OrderByDescending(row => row.DecidedAt ?? row.RequestedAt).Take(RecentRows)],
            currentObjectId, IssueWindow);
    }

    public Task<ApprovalRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Rows(db.ActionRequests.Where(request => request.Id == id)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>For the navigation: requests the reader could approve now (pending, not expired, asked by someone else).</summary>
    public async Task<int> WaitingForAsync(string readerObjectId, CancellationToken cancellationToken)
    {
        var expiries = await db.ActionRequests.AsNoTracking()
            .Where(request => request.Status == ActionRequestStatus.Pending && request.RequestedByObjectId != readerObjectId)
            .Select(request => request.ExpiresAt).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return expiries.Count(expiresAt => expiresAt > now);
    }

    /// <summary>The one projection of a request onto a row.</summary>
    private IQueryable<ApprovalRow> Rows(IQueryable<ActionRequest> requests) =>
        requests.AsNoTracking().Join(db.Tenants, request => request.TenantId, tenant => tenant.Id, (request, tenant) => new ApprovalRow(
            request.Id, request.TenantId, tenant.DisplayName, request.TargetUserObjectId, request.TargetUpn, request.Action, request.Parameters,
            request.Reason, request.TicketReference, request.CallerVerification, request.RequestedByObjectId, request.RequestedByUpn,
            request.RequestedAt, request.ExpiresAt, request.Status, request.DecidedByUpn, request.DecidedAt));
}
