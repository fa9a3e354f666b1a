using Serilog.Context;

namespace MspConsole.Web.Hosting;

/// <summary>
/// Gives every request a correlation id (the caller's X-Correlation-ID when it sends a sane one) and puts it,
/// and the tenant id of tenant-scoped routes, on every log line written while the request runs.
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[HeaderName].ToString();
        if (correlationId.Length is 0 or > 64 || !correlationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            correlationId = context.TraceIdentifier;
        }

        context.TraceIdentifier = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        var tenantId = context.GetRouteValue("tenantId") as string;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        using (tenantId is null ? null : LogContext.PushProperty("TenantId", tenantId))
        {
            await next(context);
        }
    }
}
