using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Web.Features.Shared;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>One tenant's admin page and its settings form.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/tenants/{tenantId:guid}")]
public sealed class TenantAdminController(AdminTenantPages pages, TenantSettingsEditor editor, IStringLocalizer<AdminResource> localizer) : Controller
{
    private const string DetailsView = "~/Features/TenantSettings/Details.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Details(Guid tenantId)
    {
        var page = await pages.BuildAsync(tenantId, User, Request, TempData, null, [], HttpContext.RequestAborted);
        return page is null ? NotFound() : View(DetailsView, page);
    }

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(Guid tenantId, TenantSettingsInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var problems = await editor.SaveAsync(tenantId, input, cancellationToken);
        if (problems.Count == 0)
        {
            TempData.SetMessage(localizer["Settings saved."]);
            return RedirectToAction(nameof(Details), new { tenantId });
        }

        var page = await pages.BuildAsync(tenantId, User, Request, TempData, input, problems, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(DetailsView, page);
    }
}
