using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary><c>/users</c> (paged, $select, $top, $filter), <c>/users/{id|upn}</c> and revokeSignInSessions.</summary>
internal static class UsersApi
{
    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/users", List).RequireAnyRole(Permissions.ReadUsers);
        graph.MapGet("/users/$count", Count).RequireAnyRole(Permissions.ReadUsers);
        graph.MapGet("/users/{id}", Get).RequireAnyRole(Permissions.ReadUsers);
        graph.MapPost("/users/{id}/revokeSignInSessions", Revoke).RequireAnyRole(Permissions.Revoke);
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var (page, error) = PageRequest.Read(context.Request, 100);
        if (page is null)
        {
            return GraphErrors.BadRequest(context, error ?? "Invalid request.");
        }

        IReadOnlyList<string> properties;
        Func<SimUser, bool> match;
        try
        {
            properties = UserJson.Selection(page.Select);
            if (UserJson.NotInCollections(properties) is { } single)
            {
                return GraphErrors.Result(context, 501, "NotImplemented", $"The property '{single}' does not support being returned within a user collection; get it for one user.");
            }

            match = page.Filter is null ? _ => true : ODataFilter<SimUser>.Parse(page.Filter, UserJson.FilterValue, UserJson.Filterable);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest(context, e.Message);
        }

        var counted = context.Request.Query.TryGetValue("$count", out var count) && count.ToString().Equals("true", StringComparison.OrdinalIgnoreCase);
        if (counted && !IsEventual(context))
        {
            return CountNeedsEventualConsistency(context);
        }

        var (items, next, total) = caller.Tenant.Read(users =>
        {
            var selected = users.PageAfter(page.AfterKey, match, page.PageSize, out var more);
            var link = more && selected.Count > 0 ? page.NextLink(context.Request, "users", selected[^1].Key) : null;
            return (selected.ConvertAll(u => UserJson.ToJson(u, properties)), link, counted ? users.All.Count(match) : (int?)null);
        });
        var fragment = page.Select is null ? "users" : $"users({page.Select})";
        return GraphJson.Collection(context, fragment, items, next, total);
    }

    /// <summary>GET /users/$count: the number as text/plain; like <c>$count=true</c>, an advanced query that needs
    /// <c>ConsistencyLevel: eventual</c>.</summary>
    private static IResult Count(HttpContext context)
    {
        if (!IsEventual(context))
        {
            return CountNeedsEventualConsistency(context);
        }

        var total = GraphPipelineMiddleware.GetCaller(context).Tenant.Read(users => users.All.Count);
        return Results.Text(total.ToString(System.Globalization.CultureInfo.InvariantCulture), "text/plain");
    }

    private static bool IsEventual(HttpContext context) =>
        string.Equals(context.Request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase);

    private static IResult CountNeedsEventualConsistency(HttpContext context) =>
        GraphErrors.Result(context, 400, "Request_BadRequest", "$count is not currently supported.");

    private static IResult Get(string id, HttpContext context)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        IReadOnlyList<string> properties;
        var select = context.Request.Query.TryGetValue("$select", out var s) && !string.IsNullOrWhiteSpace(s) ? s.ToString() : null;
        try
        {
            properties = UserJson.Selection(select);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest(context, e.Message);
        }

        var json = caller.Tenant.Read(users => users.Find(id) is { } user ? UserJson.ToJson(user, properties) : null);
        return json is null ? GraphErrors.NotFound(context, id)
            : GraphJson.Entity(context, select is null ? "users/$entity" : $"users({select})/$entity", json);
    }

    private static IResult Revoke(string id, HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var userId = caller.Tenant.Read(users => users.Find(id)?.Id);
        if (userId is null)
        {
            return GraphErrors.NotFound(context, id);
        }

        state.RecordMutation(caller.Tenant.Id, "POST", context.Request.Path, userId, "revokeSignInSessions", null, caller.RequestId);
        return Results.Json(new JsonObject
        {
            ["@odata.context"] = GraphLinks.Context(context.Request, "Edm.Boolean"),
            ["value"] = true,
        });
    }
}
