using Microsoft.AspNetCore.Mvc.Filters;

namespace MspConsole.Web.Shared;

/// <summary>
/// <see cref="SecurityHeaders"/> on the console's own pages. An MVC filter rather than middleware so endpoints with
/// other needs (health checks) keep their own rules; the job dashboard gets the same headers from its own mapping.
/// </summary>
public sealed class SecurityHeadersFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) => SecurityHeaders.Apply(context.HttpContext.Response.Headers);

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
