using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Actions;

/// <summary>
/// Per tenant: whether high-risk actions wait for a second person (on unless two admins turn it off; audited). Turning it
/// on is immediate; turning it off is a request another admin must approve, so one admin cannot switch it off and then
/// issue a pass alone.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("tenants/{tenantId:guid}/actions/policy")]
public sealed class FourEyesPolicyController(MspConsoleDbContext db, IAuditLog audit, IOptions<ActionsOptions> options, TimeProvider time) : Controller
{
    /// <summary>The audit log's action name for a change of the policy.</summary>
    public const string AuditAction = "SetFourEyesPolicy";

    private const string PolicyView = "~/Features/Actions/Policy.cshtml";

    [HttpGet]
    public async Task<IActionResult> Index(Guid tenantId)
    {
        var model = await ModelAsync(tenantId, null);
        return model is null ? NotFound() : View(PolicyView, model);
    }

    [HttpPost]
    public async Task<IActionResult> Change(Guid tenantId, [FromForm] bool requireFourEyes, [FromForm] string? reason)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (!await db.Tenants.AnyAsync(tenant => tenant.Id == tenantId, cancellationToken))
        {
            return NotFound();
        }

        var trimmed = reason?.Trim();
        if (!requireFourEyes && (string.IsNullOrEmpty(trimmed) || trimmed.Length > TenantActionPolicy.ReasonMaxLength))
        {
            return BadRequest();
        }

        var actor = HttpContext.AuditActor();
        var now = time.GetUtcNow();
        var policy = await db.TenantActionPolicies.SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        if (policy is null)
        {
            policy = new TenantActionPolicy(tenantId, TenantActionPolicy.DefaultRequireFourEyes, actor.Upn, now);
            db.TenantActionPolicies.Add(policy);
        }

        var before = policy.RequireFourEyes;
        if (requireFourEyes)
        {
            policy.TurnOn(actor.Upn, now);
            await AuditAsync(tenantId, actor, AuditOutcome.Succeeded, trimmed, before, after: true, requestedBy: null, cancellationToken);
        }
        else if (policy.RequireFourEyes)
        {
            policy.RequestSwitchOff(actor.ObjectId, actor.Upn, trimmed!, now); // Checked above.
            await AuditAsync(tenantId, actor, AuditOutcome.Requested, trimmed, before, after: true, requestedBy: actor.Upn, cancellationToken);
        }

        return Redirect($"/tenants/{tenantId}/actions/policy");
    }

    [HttpPost("approve")]
    public Task<IActionResult> Approve(Guid tenantId) => DecideAsync(tenantId, approve: true);

    [HttpPost("reject")]
    public Task<IActionResult> Reject(Guid tenantId) => DecideAsync(tenantId, approve: false);

    private async Task<IActionResult> DecideAsync(Guid tenantId, bool approve)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var policy = await db.TenantActionPolicies.SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        var now = time.GetUtcNow();
        if (policy is null || !policy.SwitchOffPending(now, options.Value.ApprovalLifetime))
        {
            return await RefusedAsync(tenantId, policy?.SwitchOffRequestedAt is null ? ActionRequestRefusal.AlreadyDecided : ActionRequestRefusal.Expired);
        }

        var actor = HttpContext.AuditActor();
        var requestedBy = policy.SwitchOffRequestedBy;
        if (approve)
        {
            if (policy.ApproveSwitchOff(actor.ObjectId, actor.Upn, now, options.Value.ApprovalLifetime) is { } refusal)
            {
                return await RefusedAsync(tenantId, refusal);
            }

            await AuditAsync(tenantId, actor, AuditOutcome.Approved, null, before: true, after: false, requestedBy, cancellationToken);
        }
        else
        {
            // The requester may withdraw; another admin rejects.
            policy.ClearSwitchOff();
            await AuditAsync(tenantId, actor, AuditOutcome.Rejected, null, before: true, after: true, requestedBy, cancellationToken);
        }

        return Redirect($"/tenants/{tenantId}/actions/policy");
    }

    private async Task<IActionResult> RefusedAsync(Guid tenantId, ActionRequestRefusal refusal)
    {
        db.ChangeTracker.Clear();
        var model = await ModelAsync(tenantId, refusal);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(PolicyView, model);
    }

    /// <summary>Saves the pending policy change together with its audit entry.</summary>
    private Task<AuditEntry> AuditAsync(Guid tenantId, AuditActor actor, AuditOutcome outcome, string? reason, bool before, bool after, string? requestedBy,
        CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditEvent.ForTenant(actor, time.GetUtcNow(), AuditAction, outcome, tenantId) with
        {
            Reason = reason,
            Before = JsonSerializer.Serialize(new { requireFourEyes = before }),
            After = requestedBy is null
                ? JsonSerializer.Serialize(new { requireFourEyes = after })
                : JsonSerializer.Serialize(new { requireFourEyes = after, switchOffRequestedBy = requestedBy }),
        }, cancellationToken);

    private async Task<FourEyesPolicyViewModel?> ModelAsync(Guid tenantId, ActionRequestRefusal? refusal)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var tenantName = await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(tenant => tenant.DisplayName).SingleOrDefaultAsync(cancellationToken);
        if (tenantName is null)
        {
            return null;
        }

        var policy = await db.TenantActionPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        if (policy is null)
        {
            return new FourEyesPolicyViewModel(tenantId, tenantName, TenantActionPolicy.DefaultRequireFourEyes, null, null, Refusal: refusal);
        }

        var pending = policy.SwitchOffPending(time.GetUtcNow(), options.Value.ApprovalLifetime);
        return new FourEyesPolicyViewModel(tenantId, tenantName, policy.RequireFourEyes, policy.ChangedBy, policy.ChangedAt,
            pending ? policy.SwitchOffRequestedBy : null, pending ? policy.SwitchOffRequestedAt : null, pending ? policy.SwitchOffReason : null,
            pending && policy.SwitchOffRequestedById == User.GetObjectId(), refusal);
    }
}
