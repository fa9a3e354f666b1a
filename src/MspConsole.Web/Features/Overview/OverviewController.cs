using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Overview;

public sealed class OverviewController(OverviewQueries queries, TenantScopeResolver scopes) : Controller
{
    [HttpGet("/")]
    [HttpGet("/tenants")]
    public async Task<IActionResult> Index([FromQuery] OverviewInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        return View(await queries.GetAsync(scope, input, cancellationToken));
    }
}
