using System.Net;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>
/// Microsoft Graph v1.0 "Get identitySecurityDefaultsEnforcementPolicy", "List policies" (conditional access), and beta
/// "Get authentication method states" / "Update authentication method states" (signInPreferences: GET 200, PATCH 204;
/// requirements: GET 200 with perUserMfaState).
/// </summary>
public sealed class PoliciesDocumentedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecurityDefaults_HasTheDocumentedProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        var json = await client.GetJsonAsync("v1.0/policies/identitySecurityDefaultsEnforcementPolicy", token);

        DocumentedShape.HasProperties(json, "@odata.context", "id", "displayName", "description", "isEnabled");
        Assert.Equal("00000000-0000-0000-0000-000000000005", json["id"]!.GetValue<string>());
        Assert.EndsWith("$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity", json["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionalAccessPolicies_HaveTheDocumentedPropertiesAndGrantControls()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        var policies = DocumentedShape.Items(await client.GetJsonAsync("v1.0/identity/conditionalAccess/policies", token));

        Assert.NotEmpty(policies);
        Assert.All(policies, p =>
        {
            DocumentedShape.HasNoODataType(p);
            Assert.Superset(new HashSet<string> { "id", "displayName", "createdDateTime", "modifiedDateTime", "state", "sessionControls", "conditions", "grantControls" },
                p.Select(x => x.Key).ToHashSet());
            Assert.Matches("^(enabled|disabled|enabledForReportingButNotEnforced)$", p["state"]!.GetValue<string>());
            var grant = p["grantControls"]!.AsObject();
            Assert.Superset(new HashSet<string> { "operator", "builtInControls", "customAuthenticationFactors", "termsOfUse" }, grant.Select(x => x.Key).ToHashSet());
            Assert.Superset(new HashSet<string> { "users", "applications", "clientAppTypes" }, p["conditions"]!.AsObject().Select(x => x.Key).ToHashSet());
        });
    }

    [Fact]
    public async Task SignInPreferences_Get200WithItsProperties_Patch204WithEmptyBody()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled && u.UserType == "Member"
            && u.Methods.Any(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod")
            && u.Methods.Any(m => m["phoneType"]?.GetValue<string>() == "mobile"));
        var token = await client.TokenAsync(tenant);
        var path = $"beta/users/{user.Id}/authentication/signInPreferences";
        var target = user.DefaultMethod == "sms" ? "push" : "sms";

        var before = await client.GetJsonAsync(path, token);
        using var patch = await client.SendAsync(new HttpMethod("PATCH"), path, token,
            SimulatorClient.Json($$"""{"userPreferredMethodForSecondaryAuthentication":"{{target}}"}"""));
        var after = await client.GetJsonAsync(path, token);

        Assert.Superset(new HashSet<string> { "isSystemPreferredAuthenticationMethodEnabled", "userPreferredMethodForSecondaryAuthentication" },
            before.Select(p => p.Key).ToHashSet());
        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Empty(await patch.Content.ReadAsStringAsync(Ct));
        Assert.Equal(target, after["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requirements_Get200WithPerUserMfaState()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);

        var json = await client.GetJsonAsync($"beta/users/{user.Id}/authentication/requirements", token);

        DocumentedShape.HasProperties(json, "@odata.context", "perUserMfaState");
        Assert.Matches("^(disabled|enabled|enforced)$", json["perUserMfaState"]!.GetValue<string>());
    }
}
