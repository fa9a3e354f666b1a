using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Users;

public sealed class UsersController(UserQueries queries, TenantScopeResolver scopes) : Controller
{
    [HttpGet("/tenants/{tenantId:guid}/users/{objectId}")]
    public async Task<IActionResult> Index(Guid tenantId, string objectId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var model = await queries.GetAsync(scope, tenantId, objectId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
