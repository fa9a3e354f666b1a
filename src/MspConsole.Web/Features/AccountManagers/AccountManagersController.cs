using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Shared;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.AccountManagers;

/// <summary>Which account managers see a tenant. Each assignment and removal is one audited change.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/tenants/{tenantId:guid}/managers")]
public sealed class AccountManagersController(
    MspConsoleDbContext db,
    AccountManagerDirectory directory,
    AdminAudit audit,
    TimeProvider time,
    IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Assign(Guid tenantId, AccountManagerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            return NotFound();
        }

        var known = await directory.AllAsync(cancellationToken);
        var manager = Guid.TryParseExact(input.ObjectId?.Trim(), "D", out var objectId)
            ? known.FirstOrDefault(k => k.ObjectId.Equals(objectId.ToString("D"), StringComparison.OrdinalIgnoreCase))
                ?? (input.Upn?.Trim().ToLowerInvariant() is { } upn && TenantDraftParser.IsUpn(upn) ? new KnownAccountManager(objectId.ToString("D"), upn) : null)
            : null;
        if (manager is null)
        {
            TempData.SetMessage(localizer["Not assigned: choose a known account manager, or give a new one's UPN and Entra object id."]);
            return Back(tenantId);
        }

        if (await db.AccountManagerAssignments.AnyAsync(a => a.TenantId == tenantId && a.AccountManagerObjectId == manager.ObjectId, cancellationToken))
        {
            TempData.SetMessage(localizer["{0} already sees this tenant.", manager.Upn]);
            return Back(tenantId);
        }

        db.AccountManagerAssignments.Add(new AccountManagerAssignment(tenantId, manager.ObjectId, manager.Upn, time.GetUtcNow()));
        await audit.AppendAsync(new AdminChange(OnboardingAuditActions.AccountManagerAssigned, tenantId, null, manager,
            TargetObjectId: manager.ObjectId, TargetUpn: manager.Upn), cancellationToken);
        TempData.SetMessage(localizer["{0} now sees this tenant.", manager.Upn]);
        return Back(tenantId);
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Unassign(Guid tenantId, AccountManagerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        var assignment = await db.AccountManagerAssignments
            .SingleOrDefaultAsync(a => a.TenantId == tenantId && a.AccountManagerObjectId == (input.ObjectId ?? ""), cancellationToken);
        if (assignment is null)
        {
            return NotFound();
        }

        var manager = new KnownAccountManager(assignment.AccountManagerObjectId, assignment.AccountManagerUpn);
        db.AccountManagerAssignments.Remove(assignment);
        await audit.AppendAsync(new AdminChange(OnboardingAuditActions.AccountManagerUnassigned, tenantId, manager, null,
            TargetObjectId: manager.ObjectId, TargetUpn: manager.Upn), cancellationToken);
        TempData.SetMessage(localizer["{0} no longer sees this tenant.", manager.Upn]);
        return Back(tenantId);
    }

    private RedirectToActionResult Back(Guid tenantId) => RedirectToAction("Details", "TenantAdmin", new { tenantId });
}
