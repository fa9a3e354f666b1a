using Microsoft.AspNetCore.Mvc;
using MspConsole.Core.Tenants;

namespace MspConsole.Web.Shared;

/// <summary>The page an acting route answers (409) when the tenant's standing forbids what was asked: it says why, changes nothing.</summary>
public static class TenantRefusal
{
    public const string View = "~/Features/Shared/TenantRefused.cshtml";

    public static IActionResult Page(Controller controller, Guid tenantId, string tenantName, TenantStanding standing, string backUrl)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.Response.StatusCode = StatusCodes.Status409Conflict;
        return controller.View(View, new TenantRefusalViewModel(tenantId, tenantName, standing, backUrl));
    }
}
