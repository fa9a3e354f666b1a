using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Auth;

public sealed class TokenEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_ForConsentedTenant_IsJwtBoundToTenantWithGrantedRoles()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);

        using var response = await client.RequestTokenAsync(tenant.DefaultDomain);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorClient.ReadJsonAsync(response);
        Assert.Equal("Bearer", json["token_type"]!.GetValue<string>());
        Assert.InRange(json["expires_in"]!.GetValue<int>(), 3000, 3600);
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(json["access_token"]!.GetValue<string>().Split('.')[1]))!;
        Assert.Equal(tenant.Id.ToString(), payload["tid"]!.GetValue<string>());
        var roles = payload["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(Permissions.AuditLogRead, roles);
        Assert.Contains(Permissions.MethodsReadWrite, roles);
        Assert.Contains(Permissions.MailSend, roles);
    }

    [Fact]
    public async Task Token_UnknownTenant_Returns400InvalidTenantWithEntraShape()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        using var response = await client.RequestTokenAsync("nobody.example");

        await AssertEntraErrorAsync(response, HttpStatusCode.BadRequest, "invalid_tenant", 90002);
    }

    [Fact]
    public async Task Token_NotConsentedTenant_Returns400UnauthorizedClient()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(2);
        Assert.False(tenant.Consented);

        using var response = await client.RequestTokenAsync(tenant.Id.ToString());

        await AssertEntraErrorAsync(response, HttpStatusCode.BadRequest, "unauthorized_client", 700016);
    }

    [Fact]
    public async Task Token_WrongSecret_Returns401InvalidClient()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        using var response = await client.RequestTokenAsync(client.Tenant(0).Id.ToString(), secret: "wrong");

        await AssertEntraErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", 7000215);
    }

    [Fact]
    public async Task Token_ClientAssertionForOurClientId_IsAccepted()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var assertion = UnsignedJwt($$"""{"iss":"{{SimulatorOptions.DefaultClientId}}","sub":"{{SimulatorOptions.DefaultClientId}}","aud":"x"}""");

        using var response = await client.RequestTokenAsync(client.Tenant(0).Id.ToString(), secret: null, extra: new Dictionary<string, string>
        {
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_ClientAssertionForOtherApp_Returns401()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var assertion = UnsignedJwt("""{"iss":"someone-else","sub":"someone-else"}""");

        using var response = await client.RequestTokenAsync(client.Tenant(0).Id.ToString(), secret: null, extra: new Dictionary<string, string>
        {
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
        });

        await AssertEntraErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client", 700021);
    }

    [Fact]
    public async Task Discovery_ByDefaultDomain_GivesTenantIdInIssuerAndTokenEndpoint()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(5);

        var json = await client.Http.GetFromJsonAsync<JsonObject>($"{tenant.DefaultDomain}/v2.0/.well-known/openid-configuration", Ct);

        Assert.Equal($"{host.BaseAddress}{tenant.Id}/v2.0", json!["issuer"]!.GetValue<string>());
        Assert.Equal($"{host.BaseAddress}{tenant.Id}/oauth2/v2.0/token", json["token_endpoint"]!.GetValue<string>());
    }

    [Fact]
    public async Task Discovery_UnknownDomain_Returns400InvalidTenant()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        using var response = await client.Http.GetAsync("unknown.example/v2.0/.well-known/openid-configuration", Ct);

        await AssertEntraErrorAsync(response, HttpStatusCode.BadRequest, "invalid_tenant", 90002);
    }

    private static string UnsignedJwt(string payload) =>
        Base64Url.EncodeToString("""{"alg":"RS256","typ":"JWT"}"""u8) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + ".c2ln";

    private static async Task AssertEntraErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error, int code)
    {
        Assert.Equal(status, response.StatusCode);
        var json = await SimulatorClient.ReadJsonAsync(response);
        Assert.Equal(error, json["error"]!.GetValue<string>());
        Assert.StartsWith($"AADSTS{code}: ", json["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([code], json["error_codes"]!.AsArray().Select(c => c!.GetValue<int>()));
        foreach (var field in new[] { "timestamp", "trace_id", "correlation_id", "error_uri" })
        {
            Assert.False(string.IsNullOrEmpty(json[field]?.GetValue<string>()), field);
        }
    }
}
