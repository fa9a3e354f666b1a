using MspConsole.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Actions;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Actions;

/// <summary>Exclude or include the users selected in the tenant's user table: a confirmation listing them, then one audited change per user.</summary>
[Authorize(Policy = Policies.Act)]
[Route("tenants/{tenantId:guid}/actions/bulk/{segment:regex(^(exclude|include)$)}")]
public sealed class BulkActionsController(MspConsoleDbContext db, HelpdeskActionService actions, ActionReceipts receipts) : Controller
{
    private const string BulkView = "~/Features/Actions/Bulk.cshtml";
    private const int MaxUsers = 500;

    [HttpPost]
    public async Task<IActionResult> Submit(Guid tenantId, string segment, [FromForm] string[]? objectIds, [FromForm] string? reason, [FromForm] string? ticket,
        [FromForm] Guid? idempotencyKey, [FromForm] bool confirmed)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId)
            .Select(t => new { t.DisplayName, t.OffboardedAt, t.PollingPaused }).SingleOrDefaultAsync(cancellationToken);
        if (tenant is null)
        {
            return NotFound();
        }

        var tenantName = tenant.DisplayName;
        if (tenant.OffboardedAt is not null)
        {
            return TenantRefusal.Page(this, tenantId, tenantName, TenantStanding.Offboarded, $"/tenants/{tenantId}");
        }

        var action = ActionRoutes.Parse(segment) ?? HelpdeskAction.Exclude;
        var ids = (objectIds ?? []).Distinct(StringComparer.Ordinal).Take(MaxUsers).ToList();
        var users = await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.RemovedAt == null && ids.Contains(u.ObjectId))
            .Select(u => new BulkUser(u.ObjectId, u.UserPrincipalName, u.DisplayName, u.Status))
            .ToListAsync(cancellationToken);
        var errors = new List<string>();
        if (users.Count == 0)
        {
            errors.Add("Select at least one user of this tenant.");
        }

        var (trimmedReason, trimmedTicket) = confirmed ? ActionFormValidation.ReasonAndTicket(reason, ticket, errors) : (null, null);
        var model = new BulkViewModel(tenantId, tenantName, action, [.. users.OrderBy(u => u.Upn, StringComparer.OrdinalIgnoreCase)], reason, ticket,
            idempotencyKey ?? Guid.NewGuid(), errors, Standing: Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused));
        if (!confirmed || errors.Count > 0 || idempotencyKey is null)
        {
            Response.StatusCode = confirmed ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
            return View(BulkView, model);
        }

        var actor = HttpContext.AuditActor();
        if (await receipts.ClaimAsync(idempotencyKey.Value, actor.ObjectId, cancellationToken) is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(BulkView, model with { AlreadySubmitted = true });
        }

        var results = new List<HelpdeskActionResult>();
        foreach (var user in model.Users)
        {
            var command = new ActionCommand(tenantId, user.ObjectId, action, new ActionParameters(), trimmedReason!, trimmedTicket, CallerVerification: null); // Validated above.
            results.Add(await actions.ExecuteAsync(command, actor, cancellationToken));
        }

        await receipts.CompleteAsync(idempotencyKey.Value, $"{action} of {results.Count} users: {results.Count(r => r.Succeeded)} succeeded", cancellationToken);
        // Post/Redirect/Get: the outcome is a page of its own, so Back and Reload never resubmit the selection.
        return LocalRedirect(ResultUrl(tenantId, action, results.Min(r => r.AuditEntryId), results.Max(r => r.AuditEntryId)));
    }

    public static string ResultUrl(Guid tenantId, HelpdeskAction action, long from, long to) =>
        $"/tenants/{tenantId}/actions/bulk/{ActionRoutes.Segment(action)}/result?from={from}&to={to}";

    /// <summary>The outcome of a bulk change, read back from its audit entries: this actor's entries of this action in this
    /// tenant within the range the confirmed POST wrote.</summary>
    [HttpGet("result")]
    public async Task<IActionResult> Result(Guid tenantId, string segment, long from, long to)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId)
            .Select(t => new { t.DisplayName, t.OffboardedAt, t.PollingPaused }).SingleOrDefaultAsync(cancellationToken);
        if (tenant is null || ActionRoutes.Parse(segment) is not { } action || to < from)
        {
            return NotFound();
        }

        var name = action.ToString();
        var actor = HttpContext.AuditActor().ObjectId;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id >= from && e.Id <= to && e.TenantId == tenantId && e.Action == name && e.ActorObjectId == actor)
            .OrderBy(e => e.Id).Take(MaxUsers)
            .Select(e => new { e.Id, e.TargetUpn, e.Outcome, e.GraphRequestId, e.Error })
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return NotFound();
        }

        var results = entries
            .Select(e => (e.TargetUpn ?? "", new HelpdeskActionResult(action, e.Outcome, e.Id, e.GraphRequestId, ActionPages.FailureOf(e.Error))))
            .OrderBy(r => r.Item1, StringComparer.OrdinalIgnoreCase).ToList();
        return View(BulkView, new BulkViewModel(tenantId, tenant.DisplayName, action, [], null, null, Guid.Empty, [], results,
            Standing: Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused)));
    }
}
