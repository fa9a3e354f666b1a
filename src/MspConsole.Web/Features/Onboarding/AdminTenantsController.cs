using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Onboarding;
using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Features.Shared;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The admin's tenant list and the "add a tenant" form.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/tenants")]
public sealed class AdminTenantsController(
    AdminQueries queries,
    TenantOnboarding onboarding,
    TenantWriter writer,
    AccountManagerDirectory managers,
    IPartnerCustomerSource gdap,
    IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, bool offboarded = false, int page = 1)
    {
        var (rows, total) = await queries.ListAsync(q, offboarded, page, HttpContext.RequestAborted);
        var pageCount = Math.Max(1, (total + AdminQueries.PageSize - 1) / AdminQueries.PageSize);
        return View(OnboardingViews.List, new AdminListViewModel(q, offboarded, Math.Clamp(page, 1, pageCount), pageCount, total, rows, gdap.IsConfigured, TempData.TakeMessage()));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New() =>
        View(OnboardingViews.New, new NewTenantViewModel(new NewTenantInput(), await managers.AllAsync(HttpContext.RequestAborted), []));

    [HttpPost("new")]
    public async Task<IActionResult> Create(NewTenantInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        var known = await managers.AllAsync(cancellationToken);
        var check = await onboarding.CheckAsync([(1, input.ToRaw(known))], cancellationToken);
        if (!check.IsClean || check.Valid.Count != 1)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(OnboardingViews.New, new NewTenantViewModel(input, known, check.Problems));
        }

        try
        {
            await writer.AddAsync(check.Valid, "form", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same tenant between the check and the write: the unique keys refused it, nothing was written.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(OnboardingViews.New, new NewTenantViewModel(input, known,
                [new LineProblem(1, OnboardingFields.Domain, "Someone added this tenant a moment ago.", [])]));
        }

        var tenant = check.Valid[0];
        TempData.SetMessage(tenant.Reactivates
            ? localizer["{0} was offboarded and is brought back instead of added again: see its connection test and poll below.", tenant.Draft.DisplayName]
            : localizer["{0} was added and its first poll is queued. Send the consent link below to a Global Administrator of the tenant, then test the connection.", tenant.Draft.DisplayName]);
        return RedirectToAction("Details", "TenantAdmin", new { tenantId = tenant.TenantId });
    }
}
