using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Declares which application permissions an endpoint accepts (any one of them); 403 otherwise.</summary>
internal static class GraphEndpointExtensions
{
    public static RouteHandlerBuilder RequireAnyRole(this RouteHandlerBuilder builder, params string[] roles) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var caller = GraphPipelineMiddleware.GetCaller(context.HttpContext);
            return caller.HasAny(roles) ? await next(context) : GraphErrors.Denied(context.HttpContext);
        });
}
