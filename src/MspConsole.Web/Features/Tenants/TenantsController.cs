using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

[Route("tenants/{tenantId:guid}")]
public sealed class TenantsController(TenantQueries tenants, TenantUserQueries users, TenantScopeResolver scopes, MspConsole.Infrastructure.Persistence.MspConsoleDbContext db, TimeProvider time) : Controller
{
    private const int CriticalAdminsShown = 50;
    private const int ReportRowsPerGroup = 400;
    private const int ReportTrendStepDays = 14;
    private const int AppendixRowsMax = 5000;

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
            await db.FiguresOfTenantAsync(scope, tenantId, cancellationToken),
            await tenants.MethodsAsync(scope, tenantId, cancellationToken),
            await tenants.TrendAsync(scope, tenantId, cancellationToken),
            await tenants.RecentPollRunsAsync(scope, tenantId, 10, cancellationToken),
            await users.CriticalAdminsAsync(scope, tenantId, CriticalAdminsShown, cancellationToken),
            await users.PageAsync(scope, tenantId, input, cancellationToken)));
    }

    /// <summary>
    /// The customer report, in the tenant's language unless <paramref name="culture"/> picks another (the query string's culture
    /// drives the whole request, see UiSetup). The full user list is an optional appendix; the Excel export has it too.
    /// </summary>
    [HttpGet("report")]
    public async Task<IActionResult> Report(Guid tenantId, [FromQuery] string? culture, [FromQuery] bool appendix)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        if (await tenants.HeaderAsync(scope, tenantId, cancellationToken) is not { } header)
        {
            return NotFound();
        }

        if (!UiCultures.IsSupported(culture))
        {
            return RedirectToAction(nameof(Report), new { tenantId, culture = UiCultures.ForLanguage(header.Language) ?? UiCultures.Default, appendix });
        }

        return View(new TenantReportViewModel(
            header,
            await db.FiguresOfTenantAsync(scope, tenantId, cancellationToken),
            await tenants.MethodsAsync(scope, tenantId, cancellationToken),
            ReportTrend.Sample(await tenants.TrendAsync(scope, tenantId, cancellationToken), ReportTrendStepDays),
            await users.CriticalAdminsAsync(scope, tenantId, CriticalAdminsShown, cancellationToken),
            await users.NeedingActionAsync(scope, tenantId, ReportRowsPerGroup, cancellationToken),
            appendix ? await users.AllAsync(scope, tenantId, AppendixRowsMax, cancellationToken) : null,
            time.GetUtcNow()));
    }
}
