using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>
/// beta <c>/users/{id}/authentication/signInPreferences</c>: GET, and PATCH of userPreferredMethodForSecondaryAuthentication
/// (GRAPH.md §3 "Beta"; the user's default MFA method). Not in v1.0: there Graph answers its unknown-segment 400.
/// </summary>
internal static class SignInPreferencesApi
{
    private const string Segment = "signInPreferences";
    private const string Property = "userPreferredMethodForSecondaryAuthentication";

    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/users/{id}/authentication/signInPreferences", Get).RequireAnyRole(Permissions.ReadMethods);
        graph.MapMethods("/users/{id}/authentication/signInPreferences", ["PATCH"], PatchAsync).RequireAnyRole(Permissions.WriteMethods);
    }

    private static IResult Get(string id, HttpContext context)
    {
        if (GraphLinks.Version(context.Request) != "beta")
        {
            return MethodsApi.UnknownSegment(context, Segment);
        }

        var tenant = GraphPipelineMiddleware.GetCaller(context).Tenant;
        var json = tenant.Read(users => users.Find(id) is { } user
            ? new JsonObject
            {
                ["isSystemPreferredAuthenticationMethodEnabled"] = tenant.SystemPreferredEnabled,
                [Property] = user.IsGuest ? null : user.PreferredMethod ?? "none",
                ["systemPreferredAuthenticationMethod"] = RegistrationCalculator.SystemPreferred(user).FirstOrDefault() ?? "none",
            }
            : null);
        return json is null
            ? GraphErrors.NotFound(context, id)
            : GraphJson.Entity(context, $"users('{Uri.EscapeDataString(id)}')/authentication/{Segment}/$entity", json);
    }

    private static async Task<IResult> PatchAsync(string id, HttpContext context, SimulatorState state, CancellationToken cancellationToken)
    {
        if (GraphLinks.Version(context.Request) != "beta")
        {
            return MethodsApi.UnknownSegment(context, Segment);
        }

        var (body, error) = await GraphJson.ReadObjectAsync(context, cancellationToken);
        if (body is null)
        {
            return error!; // ReadObjectAsync returns an error whenever the body is null.
        }

        if (body[Property] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            // The simulator models only this property of signInPreferences.
            return GraphErrors.BadRequest(context, $"The request body must set '{Property}' to a string.");
        }

        var preferred = value.GetValue<string>();
        return MethodsApi.Mutate(context, state, id, "setPreferredMethod", (user, now) => MethodRules.SetPreferredMethod(user, preferred, now));
    }
}
