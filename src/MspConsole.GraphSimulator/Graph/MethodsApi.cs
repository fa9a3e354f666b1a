using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Reading a user's authentication methods: all, by type, by id.</summary>
internal static class MethodsApi
{
    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/users/{id}/authentication/methods", (string id, HttpContext c, SimulatorState s) => List(id, null, c, s))
            .RequireAnyRole(Permissions.ReadMethods);
        graph.MapGet("/users/{id}/authentication/methods/{methodId}", (string id, string methodId, HttpContext c, SimulatorState s) => Get(id, null, methodId, c, s))
            .RequireAnyRole(Permissions.ReadMethods);
        graph.MapGet("/users/{id}/authentication/{segment}", (string id, string segment, HttpContext c, SimulatorState s) =>
                MethodSegments.TryParse(segment, out var kind) ? List(id, kind, c, s) : UnknownSegment(c, segment))
            .RequireAnyRole(Permissions.ReadMethods);
        graph.MapGet("/users/{id}/authentication/{segment}/{methodId}", (string id, string segment, string methodId, HttpContext c, SimulatorState s) =>
                MethodSegments.TryParse(segment, out var kind) ? Get(id, kind, methodId, c, s) : UnknownSegment(c, segment))
            .RequireAnyRole(Permissions.ReadMethods);
    }

    internal static IResult UnknownSegment(HttpContext context, string segment) =>
        GraphErrors.BadRequest(context, $"Resource not found for the segment '{segment}'.");

    private static IResult List(string id, MethodKind? kind, HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var now = state.Time.GetUtcNow();
        var methods = caller.Tenant.Read(users => users.Find(id)?.Methods
            .Where(m => kind is null || m.Kind == kind)
            .Select(m => MethodJson.ToJson(m, now, withODataType: kind is null))
            .ToList());
        if (methods is null)
        {
            return GraphErrors.NotFound(context, id);
        }

        var fragment = $"users('{Uri.EscapeDataString(id)}')/authentication/{(kind is { } k ? MethodSegments.Segment(k) : "methods")}";
        return GraphJson.Collection(context, fragment, methods);
    }

    private static IResult Get(string id, MethodKind? kind, string methodId, HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var now = state.Time.GetUtcNow();
        var (found, method) = caller.Tenant.Read(users =>
        {
            var user = users.Find(id);
            var m = user?.Methods.Find(x => (kind is null || x.Kind == kind) && string.Equals(x.Id, methodId, StringComparison.OrdinalIgnoreCase));
            return (user is not null, m is null ? null : MethodJson.ToJson(m, now, withODataType: kind is null));
        });
        if (!found || method is null)
        {
            return GraphErrors.NotFound(context, found ? methodId : id);
        }

        var fragment = $"users('{Uri.EscapeDataString(id)}')/authentication/{(kind is { } k ? MethodSegments.Segment(k) : "methods")}/$entity";
        return GraphJson.Entity(context, fragment, method);
    }

    /// <summary>Runs a mutation on one user under the tenant lock, records it when it succeeded, and renders the response.</summary>
    internal static IResult Mutate(HttpContext context, SimulatorState state, string userId, string action, Func<SimUser, DateTimeOffset, MutationOutcome> mutate)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var now = state.Time.GetUtcNow();
        var outcome = caller.Tenant.Write(users => users.Find(userId) is { } user ? mutate(user, now) : null);
        if (outcome is null)
        {
            return GraphErrors.NotFound(context, userId);
        }

        if (!outcome.Succeeded)
        {
            return GraphErrors.Result(context, outcome.Status, outcome.ErrorCode ?? "BadRequest", outcome.Message ?? string.Empty);
        }

        state.RecordMutation(caller.Tenant.Id, context.Request.Method, context.Request.Path, outcome.UserId, action, outcome.Detail, caller.RequestId);
        if (outcome.Body is not JsonObject body)
        {
            return Results.StatusCode(outcome.Status);
        }

        context.Response.Headers.Location = $"{GraphLinks.BaseUrl(context.Request)}{context.Request.Path.Value?.TrimStart('/')}/{body["id"]}";
        var fragment = $"users('{Uri.EscapeDataString(userId)}')/authentication/{context.Request.Path.Value?.Split('/')[^1]}/$entity";
        return GraphJson.Entity(context, fragment, body, outcome.Status);
    }
}
