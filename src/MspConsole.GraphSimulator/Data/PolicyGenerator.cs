using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Data;

/// <summary>Conditional Access policies of a licensed tenant, from (seed, tenant index) alone.</summary>
internal static class PolicyGenerator
{
    private static readonly DateTime Created = new(2024, 2, 1, 9, 0, 0, DateTimeKind.Utc);

    public static List<JsonObject> ConditionalAccess(int seed, TenantProfile tenant)
    {
        var random = Seeds.For(seed, tenant.Index, Seeds.PoliciesSalt);
        var policies = new List<JsonObject>();
        if (tenant.Index == 0 || random.NextDouble() < 0.6)
        {
            policies.Add(Policy(random, "Require MFA for all users", "enabled", "OR", ["mfa"], allUsers: true));
        }

        if (random.NextDouble() < 0.4)
        {
            policies.Add(Policy(random, "Require MFA for administrators", "enabled", "OR", ["mfa"], allUsers: false));
        }

        if (random.NextDouble() < 0.5)
        {
            policies.Add(Policy(random, "Block legacy authentication", "enabled", "OR", ["block"], allUsers: true));
        }

        if (random.NextDouble() < 0.25)
        {
            policies.Add(Policy(random, "MFA or compliant device (report-only)", "enabledForReportingButNotEnforced", "OR",
                ["mfa", "compliantDevice"], allUsers: true));
        }

        return policies;
    }

    private static JsonObject Policy(Random random, string name, string state, string op, string[] controls, bool allUsers)
    {
        var created = Created.AddDays(random.Next(0, 500));
        return new JsonObject
        {
            ["id"] = Seeds.NewGuid(random).ToString(),
            ["templateId"] = null,
            ["displayName"] = name,
            ["createdDateTime"] = created,
            ["modifiedDateTime"] = created.AddDays(random.Next(0, 90)),
            ["state"] = state,
            ["sessionControls"] = null,
            ["conditions"] = new JsonObject
            {
                ["clientAppTypes"] = new JsonArray("all"),
                ["applications"] = new JsonObject { ["includeApplications"] = new JsonArray("All"), ["excludeApplications"] = new JsonArray() },
                ["users"] = new JsonObject
                {
                    ["includeUsers"] = allUsers ? new JsonArray("All") : new JsonArray(),
                    ["excludeUsers"] = new JsonArray(),
                    ["includeGroups"] = new JsonArray(),
                    ["excludeGroups"] = new JsonArray(),
                    ["includeRoles"] = allUsers ? new JsonArray() : new JsonArray("62e90394-69f5-4237-9190-012177145e10"),
                    ["excludeRoles"] = new JsonArray(),
                },
            },
            ["grantControls"] = new JsonObject
            {
                ["operator"] = op,
                ["builtInControls"] = new JsonArray(controls.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                ["customAuthenticationFactors"] = new JsonArray(),
                ["termsOfUse"] = new JsonArray(),
                ["authenticationStrength"] = null,
            },
        };
    }
}
