using System.Net;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>Microsoft identity platform "OAuth 2.0 client credentials flow": POST /{tenant}/oauth2/v2.0/token, form-encoded,
/// with a shared secret or a certificate assertion; 200 with token_type, expires_in, ext_expires_in and access_token.</summary>
public sealed class TokenEndpointDocumentedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_WithSharedSecret_ByTenantIdOrDomain_HasTheDocumentedProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);

        foreach (var authority in new[] { tenant.Id.ToString(), tenant.DefaultDomain })
        {
            using var response = await client.RequestTokenAsync(authority);
            var json = await SimulatorClient.ReadJsonAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            DocumentedShape.HasProperties(json, "token_type", "expires_in", "ext_expires_in", "access_token");
            Assert.Equal("Bearer", json["token_type"]!.GetValue<string>());
            Assert.InRange(json["expires_in"]!.GetValue<int>(), 60, 86_400);
            Assert.Equal(3, json["access_token"]!.GetValue<string>().Split('.').Length);
        }
    }
}
