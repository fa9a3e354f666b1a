using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Search;

public sealed class SearchController(SearchQueries queries, TenantScopeResolver scopes) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var results = await queries.FindAsync(scope, q ?? "", cancellationToken);
        return View(new SearchViewModel(q ?? "", [.. results.Take(SearchQueries.MaxResults)], results.Count > SearchQueries.MaxResults));
    }
}
