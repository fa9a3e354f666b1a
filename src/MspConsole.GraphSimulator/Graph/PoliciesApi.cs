using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Data;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Security defaults, Conditional Access policies, and beta per-user MFA requirements.</summary>
internal static class PoliciesApi
{
    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/policies/identitySecurityDefaultsEnforcementPolicy", SecurityDefaults).RequireAnyRole(Permissions.ReadPolicies);
        graph.MapGet("/identity/conditionalAccess/policies", ConditionalAccess).RequireAnyRole(Permissions.ReadPolicies);
        graph.MapGet("/users/{id}/authentication/requirements", Requirements).RequireAnyRole(Permissions.ReadRequirements);
    }

    private static IResult SecurityDefaults(HttpContext context)
    {
        var tenant = GraphPipelineMiddleware.GetCaller(context).Tenant;
        return GraphJson.Entity(context, "policies/identitySecurityDefaultsEnforcementPolicy/$entity", new JsonObject
        {
            ["id"] = "00000000-0000-0000-0000-000000000005",
            ["displayName"] = "Security Defaults",
            ["description"] = "Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.",
            ["isEnabled"] = tenant.SecurityDefaults,
        });
    }

    private static IResult ConditionalAccess(HttpContext context, SimulatorState state)
    {
        var tenant = GraphPipelineMiddleware.GetCaller(context).Tenant;
        if (!tenant.Licensed)
        {
            return GraphErrors.Result(context, 403, "AccessDenied",
                "The tenant does not have a premium license (Entra ID P1 or P2) required for Conditional Access.");
        }

        return GraphJson.Collection(context, "identity/conditionalAccess/policies", PolicyGenerator.ConditionalAccess(state.Options.Seed, tenant.Profile));
    }

    private static IResult Requirements(string id, HttpContext context)
    {
        if (GraphLinks.Version(context.Request) != "beta")
        {
            return MethodsApi.UnknownSegment(context, "requirements");
        }

        var tenant = GraphPipelineMiddleware.GetCaller(context).Tenant;
        var state = tenant.Read(users => users.Find(id)?.PerUserMfaState);
        return state is null
            ? GraphErrors.NotFound(context, id)
            : GraphJson.Entity(context, $"users('{Uri.EscapeDataString(id)}')/authentication/requirements/$entity",
                new JsonObject { ["perUserMfaState"] = state });
    }
}
