using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

[Route("tenants/{tenantId:guid}")]
public sealed class TenantsController(TenantQueries tenants, TenantUserQueries users, TenantScopeResolver scopes, MspConsole.Infrastructure.Persistence.MspConsoleDbContext db, TimeProvider time) : Controller
{
    private const int CriticalAdminsShown = 50;
    private const int ReportRowsMax = 1000;

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid tenantId, [FromQuery] TenantUserInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        // Unknown and foreign tenants look the same: 404, so ids cannot be probed.
        if (await tenants.HeaderAsync(scope, tenantId, cancellationToken) is not { } header)
        {
            return NotFound();
        }

        return View(new TenantViewModel(
            header,
            await db.CountTenantAsync(scope, tenantId, cancellationToken),
            await tenants.MethodsAsync(scope, tenantId, cancellationToken),
            await tenants.TrendAsync(scope, tenantId, cancellationToken),
            await tenants.RecentPollRunsAsync(scope, tenantId, 10, cancellationToken),
            await users.CriticalAdminsAsync(scope, tenantId, CriticalAdminsShown, cancellationToken),
            await users.PageAsync(scope, tenantId, input, cancellationToken)));
    }

    [HttpGet("report")]
    public async Task<IActionResult> Report(Guid tenantId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        if (await tenants.HeaderAsync(scope, tenantId, cancellationToken) is not { } header)
        {
            return NotFound();
        }

        var (needAttention, total) = await users.NeedingAttentionAsync(scope, tenantId, ReportRowsMax, cancellationToken);
        return View(new TenantReportViewModel(
            header,
            await db.CountTenantAsync(scope, tenantId, cancellationToken),
            await tenants.MethodsAsync(scope, tenantId, cancellationToken),
            await tenants.TrendAsync(scope, tenantId, cancellationToken),
            needAttention,
            total,
            time.GetUtcNow()));
    }
}
