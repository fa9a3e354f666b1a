using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Actions;

public sealed record FourEyesPolicyViewModel(Guid TenantId, string TenantName, bool RequireFourEyes, string? ChangedBy, DateTimeOffset? ChangedAt);

/// <summary>Per tenant: whether high-risk actions wait for a second person (on unless an admin turns it off; audited).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("tenants/{tenantId:guid}/actions/policy")]
public sealed class FourEyesPolicyController(MspConsoleDbContext db, IAuditLog audit, TimeProvider time) : Controller
{
    /// <summary>The audit log's action name for a change of the policy.</summary>
    public const string AuditAction = "SetFourEyesPolicy";

    [HttpGet]
    public async Task<IActionResult> Index(Guid tenantId)
    {
        var model = await FindAsync(tenantId);
        return model is null ? NotFound() : View("~/Features/Actions/Policy.cshtml", model);
    }

    [HttpPost]
    public async Task<IActionResult> Change(Guid tenantId, [FromForm] bool requireFourEyes, [FromForm] string? reason)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var current = await FindAsync(tenantId);
        if (current is null)
        {
            return NotFound();
        }

        var actor = ActionActors.From(HttpContext);
        var now = time.GetUtcNow();
        var policy = await db.TenantActionPolicies.SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        if (policy is null)
        {
            db.TenantActionPolicies.Add(new TenantActionPolicy(tenantId, requireFourEyes, actor.Upn, now));
        }
        else
        {
            policy.Change(requireFourEyes, actor.Upn, now);
        }

        // Saved together with its audit entry.
        await audit.AppendAsync(new AuditEvent(now, actor.ObjectId, actor.Upn, actor.Role, AuditAction, AuditOutcome.Succeeded, tenantId,
            Reason: string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), Before: $"{{\"requireFourEyes\":{(current.RequireFourEyes ? "true" : "false")}}}",
            After: $"{{\"requireFourEyes\":{(requireFourEyes ? "true" : "false")}}}", CorrelationId: actor.CorrelationId, ClientIp: actor.ClientIp), cancellationToken);
        return Redirect($"/tenants/{tenantId}/actions/policy");
    }

    private Task<FourEyesPolicyViewModel?> FindAsync(Guid tenantId) =>
        db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId)
            .GroupJoin(db.TenantActionPolicies, tenant => tenant.Id, policy => policy.TenantId, (tenant, policies) => new { tenant, policies })
            .SelectMany(x => x.policies.DefaultIfEmpty(), (x, policy) => new FourEyesPolicyViewModel(x.tenant.Id, x.tenant.DisplayName,
                policy == null ? TenantActionPolicy.DefaultRequireFourEyes : policy.RequireFourEyes, policy == null ? null : policy.ChangedBy, policy == null ? null : policy.ChangedAt))
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
}
