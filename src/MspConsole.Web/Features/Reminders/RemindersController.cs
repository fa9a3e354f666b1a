using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Reminders;

/// <summary>
/// "Send now": to one user (sent while the helpdesk waits), a selection, a tenant's or every tenant's non-compliant
/// users (a job, with a progress page). Helpdesk and Admin only; a tenant the caller cannot see is a 404.
/// </summary>
[Authorize(Policy = Policies.Act)]
public sealed class RemindersController(
    ReminderRequests requests, ReminderBatchProcessor processor, IReminderScheduler scheduler, ReminderBatchQueries queries, TenantScopeResolver scopes, MspConsoleDbContext db) : Controller
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

        var batch = await requests.ForUsersAsync(tenantId, [objectId], input.Reason!, ReminderRequesterFactory.From(HttpContext), cancellationToken); // Required.
        if (batch is null)
        {
            return NotFound();
        }

        // One reminder: sent now, so the helpdesk sees the result (and the audit entry) at once.
        await processor.ProcessAsync(batch.Id, cancellationToken);
        return RedirectToAction(nameof(Batch), new { batchId = batch.Id });
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

        if (!ModelState.IsValid || input.ObjectIds.Length == 0)
        {
            return BadRequest(ModelState);
        }

        try
        {
            var batch = await requests.ForUsersAsync(tenantId, input.ObjectIds, input.Reason!, ReminderRequesterFactory.From(HttpContext), cancellationToken);
            return batch is null ? NotFound() : Queued(batch.Id);
        }
        catch (ArgumentException exception)
        {
            return BadRequest(exception.Message);
        }
    }

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

        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var batch = await requests.ForNonCompliantAsync(tenantId, input.Reason!, ReminderRequesterFactory.From(HttpContext), cancellationToken);
        return Queued(batch.Id);
    }

    [HttpPost("/reminders/send-all")]
    public async Task<IActionResult> SendToAllTenants([FromForm] ReminderSendInput input)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest(ModelState);
        }

        var batch = await requests.ForNonCompliantAsync(null, input.Reason!, ReminderRequesterFactory.From(HttpContext), HttpContext.RequestAborted);
        return Queued(batch.Id);
    }

    [HttpGet("/reminders")]
    public async Task<IActionResult> Index() => View(await queries.RecentAsync(HttpContext.RequestAborted));

    [HttpGet("/reminders/batches/{batchId:guid}")]
    public async Task<IActionResult> Batch(Guid batchId)
    {
        var model = await queries.GetAsync(batchId, HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    private RedirectToActionResult Queued(Guid batchId)
    {
        scheduler.SendBatch(batchId);
        return RedirectToAction(nameof(Batch), new { batchId });
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
