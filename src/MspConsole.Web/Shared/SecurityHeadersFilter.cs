using Microsoft.AspNetCore.Mvc.Filters;

namespace MspConsole.Web.Shared;

/// <summary>
/// Strict headers on the console's own pages: no inline script or style, nothing from other origins.
/// An MVC filter rather than middleware so other endpoints (e.g. the job dashboard) keep their own rules.
/// </summary>
public sealed class SecurityHeadersFilter : IResultFilter
{
    private const string Policy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
