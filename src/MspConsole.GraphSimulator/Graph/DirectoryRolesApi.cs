using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>
/// <c>/directoryRoles</c> (the tenant's activated roles), <c>/directoryRoles/{id}</c> and <c>/directoryRoles/{id}/members</c>.
/// A role is activated once anyone holds it; Global Administrator always is. <c>{id}</c> is the role's object id or its
/// template id, as Graph accepts both. Members come 1,000 per page by default with <c>@odata.nextLink</c>; like Graph, no
/// <c>$top</c> or <c>$filter</c>.
/// </summary>
internal static class DirectoryRolesApi
{
    private const string UserType = "#microsoft.graph.user";

    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/directoryRoles", List).RequireAnyRole(Permissions.ReadDirectoryRoles);
        graph.MapGet("/directoryRoles/{id}", Get).RequireAnyRole(Permissions.ReadDirectoryRoles);
        graph.MapGet("/directoryRoles/{id}/members", Members).RequireAnyRole(Permissions.ReadDirectoryRoles);
    }

    private static IResult List(HttpContext context)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var roles = Activated(caller.Tenant).Select(r => (object)ToJson(caller.Tenant.Id, r)).ToList();
        return GraphJson.Collection(context, "directoryRoles", roles);
    }

    private static IResult Get(string id, HttpContext context)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        return Find(caller.Tenant, id) is { } role
            ? GraphJson.Entity(context, "directoryRoles/$entity", ToJson(caller.Tenant.Id, role))
            : GraphErrors.NotFound(context, id);
    }

    private static IResult Members(string id, HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var query = context.Request.Query;
        if (query.ContainsKey("$top") || query.ContainsKey("$filter"))
        {
            return GraphErrors.BadRequest(context, "The query specified in the URI is not valid: $top and $filter are not supported on directory role members.");
        }

        if (Find(caller.Tenant, id) is not { } role)
        {
            return GraphErrors.NotFound(context, id);
        }

        var (page, error) = PageRequest.Read(context.Request, state.Options.RoleMemberPageSize);
        if (page is null)
        {
            return GraphErrors.BadRequest(context, error ?? "Invalid request.");
        }

        IReadOnlyList<string> properties;
        try
        {
            properties = UserJson.Selection(page.Select);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest(context, e.Message);
        }

        var roleId = DirectoryRoleCatalog.ObjectId(caller.Tenant.Id, role.TemplateId);
        var (items, next) = caller.Tenant.Read(users =>
        {
            var selected = users.PageAfter(page.AfterKey, u => Holds(u, role.TemplateId), page.PageSize, out var more);
            var link = more && selected.Count > 0 ? page.NextLink(context.Request, $"directoryRoles/{roleId}/members", selected[^1].Key) : null;
            return (selected.ConvertAll(u => (object)Member(u, properties)), link);
        });
        var fragment = page.Select is null ? "directoryObjects" : $"directoryObjects({page.Select})";
        return GraphJson.Collection(context, fragment, items, next);
    }

    private static JsonObject Member(SimUser user, IReadOnlyList<string> properties)
    {
        var json = new JsonObject { ["@odata.type"] = UserType };
        foreach (var (key, value) in UserJson.ToJson(user, properties).ToList())
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>No <c>@odata.type</c>: a directoryRole in a collection declared as directoryRole (minimal metadata).</summary>
    private static JsonObject ToJson(Guid tenantId, DirectoryRoleTemplate role) => new()
    {
        ["id"] = DirectoryRoleCatalog.ObjectId(tenantId, role.TemplateId),
        ["deletedDateTime"] = null,
        ["description"] = role.Description,
        ["displayName"] = role.DisplayName,
        ["roleTemplateId"] = role.TemplateId,
    };

    /// <summary>Roles activated in the tenant, in catalog order: Global Administrator and every role someone holds.</summary>
    private static List<DirectoryRoleTemplate> Activated(SimTenant tenant)
    {
        var held = tenant.Read(users => users.All.SelectMany(u => u.RoleTemplateIds).ToHashSet(StringComparer.OrdinalIgnoreCase));
        held.Add(DirectoryRoleCatalog.GlobalAdministrator);
        return DirectoryRoleCatalog.All.Where(r => held.Contains(r.TemplateId)).ToList();
    }

    private static DirectoryRoleTemplate? Find(SimTenant tenant, string id) =>
        Activated(tenant).Find(r => string.Equals(r.TemplateId, id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(DirectoryRoleCatalog.ObjectId(tenant.Id, r.TemplateId), id, StringComparison.OrdinalIgnoreCase));

    private static bool Holds(SimUser user, string templateId) =>
        user.RoleTemplateIds.Contains(templateId, StringComparer.OrdinalIgnoreCase);
}
