using Microsoft.AspNetCore.Http;
using MspConsole.GraphSimulator.Auth;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>
/// Runs before every Graph endpoint: request ids, added latency, bearer token → tenant, then faults
/// (queued failures, throttling, 5xx rate). Endpoints read the caller with <see cref="GetCaller"/>.
/// </summary>
internal sealed class GraphPipelineMiddleware(RequestDelegate next, SimulatorState state, TokenService tokens)
{
    private static readonly object CallerKey = new();

    public static GraphCaller GetCaller(HttpContext context) =>
        context.Items[CallerKey] as GraphCaller ?? throw new InvalidOperationException("No Graph caller on this request.");

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var clientRequestId = context.Request.Headers["client-request-id"].ToString();
        if (clientRequestId.Length == 0)
        {
            clientRequestId = Guid.NewGuid().ToString();
        }

        context.Response.Headers["request-id"] = requestId;
        context.Response.Headers["client-request-id"] = clientRequestId;
        context.Response.Headers["x-ms-ags-diagnostic"] = """{"ServerInfo":{"DataCenter":"West Europe","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"SIMULATOR"}}""";

        var latency = state.Faults.Settings.LatencyMilliseconds;
        if (latency > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(latency), state.Time, context.RequestAborted);
        }

        var claims = ReadToken(context);
        var tenant = claims is null ? null : state.FindTenant(claims.TenantId);
        if (claims is null || tenant is null || !tenant.Consented
            || !string.Equals(claims.AppId, state.Options.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            var message = claims is null ? "Access token is empty or invalid." : "Access token validation failure. Invalid audience or the application is not consented in this tenant.";
            await GraphErrors.WriteAsync(context, 401, "InvalidAuthenticationToken", message);
            return;
        }

        if (state.Faults.Decide(tenant.Id, context.Request.Method, context.Request.Path.Value ?? "") is { } fault)
        {
            await GraphErrors.WriteAsync(context, fault.StatusCode, fault.Code, fault.Message, fault.RetryAfterSeconds);
            return;
        }

        context.Items[CallerKey] = new GraphCaller(tenant, claims.Roles, requestId, clientRequestId);
        await next(context);
    }

    private AccessTokenClaims? ReadToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? tokens.Validate(header[Bearer.Length..].Trim()) : null;
    }
}
