using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>All Graph endpoints of one version group, plus Graph's answer for an unknown segment.</summary>
internal static class GraphRoutes
{
    public static void Map(RouteGroupBuilder graph)
    {
        ReportsApi.Map(graph);
        UsersApi.Map(graph);
        DirectoryRolesApi.Map(graph);
        MethodsApi.Map(graph);
        MethodMutationsApi.Map(graph);
        SignInPreferencesApi.Map(graph);
        PoliciesApi.Map(graph);
        MailApi.Map(graph);
        graph.Map("/{**rest}", (string? rest, HttpContext context) =>
            GraphErrors.BadRequest(context, $"Resource not found for the segment '{rest?.Split('/')[0]}'."));
    }
}
