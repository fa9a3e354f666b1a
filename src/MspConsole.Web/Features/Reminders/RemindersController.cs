using MspConsole.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Reminders;

/// <summary>
/// "Send now": to one user (sent while the helpdesk waits), a selection, a tenant's or every tenant's non-compliant
/// users (a job, with a progress page). A send to more than one user shows its preview first and is queued only when
/// confirmed with the preview's number of mails. Helpdesk and Admin only; a tenant the caller cannot see is a 404.
/// </summary>
[Authorize(Policy = Policies.Act)]
public sealed class RemindersController(
    ReminderRequests requests,
    ReminderPlanner planner,
    ReminderBatchProcessor processor,
    IReminderScheduler scheduler,
    TenantScopeResolver scopes,
    MspConsoleDbContext db,
    IOptions<ReminderOptions> options,
    ILogger<RemindersController> logger) : Controller
{
    [HttpPost("/tenants/{tenantId:guid}/users/{objectId}/actions/send-reminder")]
    public async Task<IActionResult> SendToUser(Guid tenantId, string objectId, [FromForm] ReminderSendInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await TenantOfAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        if (tenant.Standing != TenantStanding.Active)
        {
            return Refused(tenant);
        }

        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var batch = await requests.ForUsersAsync(tenantId, [objectId], input.Reason!, HttpContext.AuditActor(), cancellationToken); // Required.
        if (batch is null)
        {
            return NotFound();
        }

        // One reminder: sent now, so the helpdesk sees the result (and the audit entry) at once.
        await processor.ProcessAsync(batch.Id, cancellationToken);
        return Redirect(ReminderBatchesController.PathOf(batch.Id));
    }

    [HttpPost("/tenants/{tenantId:guid}/actions/bulk/reminders")]
    public async Task<IActionResult> SendToSelection(Guid tenantId, [FromForm] ReminderSendInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await TenantOfAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        if (tenant.Standing != TenantStanding.Active)
        {
            return Refused(tenant);
        }

        var wanted = input.ObjectIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0 || wanted.Length > options.Value.MaxSelection)
        {
            return BadRequest($"Select between 1 and {options.Value.MaxSelection} users.");
        }

        if (wanted.Length > 1)
        {
            return await PreviewOrQueueAsync(ReminderTarget.Users, tenantId, wanted, input, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var batch = await requests.ForUsersAsync(tenantId, wanted, input.Reason!, HttpContext.AuditActor(), cancellationToken); // Required.
        return batch is null ? NotFound() : Queued(batch.Id);
    }

    [HttpGet("/tenants/{tenantId:guid}/reminders/send-all")]
    [HttpPost("/tenants/{tenantId:guid}/reminders/send-all")]
    public async Task<IActionResult> SendToTenant(Guid tenantId, [FromForm] ReminderSendInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await TenantOfAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        if (tenant.Standing != TenantStanding.Active)
        {
            return Refused(tenant);
        }

        return await PreviewOrQueueAsync(ReminderTarget.Tenant, tenantId, null, input, cancellationToken);
    }

    [HttpGet("/reminders/send-all")]
    [HttpPost("/reminders/send-all")]
    public Task<IActionResult> SendToAllTenants([FromForm] ReminderSendInput input) =>
        PreviewOrQueueAsync(ReminderTarget.AllTenants, null, null, input, HttpContext.RequestAborted);

    /// <summary>A send to more than one user: the preview, until a POST confirms it with the preview's number of mails. The plan
    /// is worked out again on confirmation and queued only if its number is still the one typed.</summary>
    private async Task<IActionResult> PreviewOrQueueAsync(ReminderTarget target, Guid? tenantId, IReadOnlyList<string>? objectIds, ReminderSendInput input, CancellationToken cancellationToken)
    {
        var plan = await planner.PlanAsync(tenantId, objectIds, cancellationToken);
        var confirming = HttpMethods.IsPost(Request.Method) && input.ConfirmCount is not null;
        if (confirming && ModelState.IsValid && plan.Total > 0 && input.ConfirmCount == plan.Total)
        {
            var batch = await requests.ForPlanAsync(target, tenantId, plan, input.Reason!, HttpContext.AuditActor(), cancellationToken); // Required.
            logger.LogInformation("Reminder batch {BatchId} confirmed by {Actor}: {Mails} mails to {Tenants} tenants from {Mailboxes} mailboxes",
                batch.Id, User.Identity?.Name, plan.Total, plan.Tenants.Count(tenant => tenant.Mails > 0), plan.Mailboxes.Count);
            return Queued(batch.Id);
        }

        var error = !confirming ? null
            : plan.Total == 0 ? "There is nobody to send to."
            : string.IsNullOrWhiteSpace(input.Reason) ? "Give a reason or ticket number."
            : "Type the number of mails exactly as the preview shows it; the preview may have changed since.";
        var tenantName = tenantId is { } id ? await db.Tenants.AsNoTracking().Where(t => t.Id == id).Select(t => t.DisplayName).FirstOrDefaultAsync(cancellationToken) : null;
        var model = new ReminderSendPreviewViewModel(plan, tenantName, Request.Path, input.Reason, objectIds ?? [], options.Value.MessagesPerMinutePerMailbox, error);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Send", model);
    }

    private RedirectResult Queued(Guid batchId)
    {
        scheduler.SendBatch(batchId);
        return Redirect(ReminderBatchesController.PathOf(batchId));
    }

    /// <summary>The tenant when the caller may see it (else the routes answer 404). Reminders go only to active tenants: an
    /// offboarded tenant is inert, a paused one sends none until it is resumed (see README, tenant lifecycle).</summary>
    private async Task<VisibleTenant?> TenantOfAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        if (!scope.Includes(tenantId))
        {
            return null;
        }

        var tenant = await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId)
            .Select(tenant => new { tenant.DisplayName, tenant.OffboardedAt, tenant.PollingPaused }).SingleOrDefaultAsync(cancellationToken);
        return tenant is null ? null : new VisibleTenant(tenantId, tenant.DisplayName, Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused));
    }

    private IActionResult Refused(VisibleTenant tenant) => TenantRefusal.Page(this, tenant.Id, tenant.Name, tenant.Standing, $"/tenants/{tenant.Id}");

    private sealed record VisibleTenant(Guid Id, string Name, TenantStanding Standing);
}
