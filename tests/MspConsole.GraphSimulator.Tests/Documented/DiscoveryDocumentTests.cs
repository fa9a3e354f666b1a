using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>Microsoft identity platform, "OpenID Connect on the Microsoft identity platform": fetch the OpenID configuration
/// document (GET {authority}/v2.0/.well-known/openid-configuration, 200, JSON).</summary>
public sealed class DiscoveryDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Discovery_HasEveryPropertyOfMicrosoftsDocumentedExample_WithTenantScopedEndpoints()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(2);

        using var response = await client.Http.GetAsync($"{tenant.DefaultDomain}/v2.0/.well-known/openid-configuration", Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = $"{host.BaseAddress}{tenant.Id}";
        // The keys of the documented sample response, and the ones OpenID Connect Discovery 1.0 requires.
        Assert.Equal($"{root}/oauth2/v2.0/authorize", json!["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal($"{root}/oauth2/v2.0/token", json["token_endpoint"]!.GetValue<string>());
        Assert.Equal($"{root}/discovery/v2.0/keys", json["jwks_uri"]!.GetValue<string>());
        Assert.Equal($"{root}/v2.0", json["issuer"]!.GetValue<string>());
        Assert.EndsWith("/oidc/userinfo", json["userinfo_endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "client_secret_post", "private_key_jwt" }, Strings(json["token_endpoint_auth_methods_supported"]));
        Assert.Equal(["pairwise"], Strings(json["subject_types_supported"]));
        Assert.Contains("RS256", Strings(json["id_token_signing_alg_values_supported"]));
        Assert.Contains("id_token", Strings(json["response_types_supported"]));
        Assert.Contains("openid", Strings(json["scopes_supported"]));
        Assert.Contains("tid", Strings(json["claims_supported"]));
        foreach (var flag in new[] { "request_uri_parameter_supported", "http_logout_supported", "frontchannel_logout_supported" })
        {
            Assert.True(json[flag]!.GetValueKind() is System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.True, flag);
        }

        foreach (var text in new[] { "end_session_endpoint", "device_authorization_endpoint", "kerberos_endpoint", "tenant_region_scope",
            "cloud_instance_name", "cloud_graph_host_name", "msgraph_host", "rbac_url" })
        {
            Assert.False(string.IsNullOrEmpty(json[text]?.GetValue<string>()), text);
        }
    }

    private static HashSet<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];
}
