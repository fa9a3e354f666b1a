using System.Net;
using System.Text.Json;

namespace MspConsole.Web.Tests.Api;

/// <summary>Each endpoint × each kind of key × own/foreign tenant. Alpha is the account manager key's tenant, Bravo is not.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiAuthorizationMatrixTests(ApiFixture fixture)
{
    public enum KeyKind { AllTenants, AccountManager, Revoked, Expired, None }

    public enum Endpoint { Tenants, Users, Snapshots, Audit }

    public static TheoryData<Endpoint, KeyKind, bool> Matrix()
    {
        var data = new TheoryData<Endpoint, KeyKind, bool>();
        foreach (var endpoint in Enum.GetValues<Endpoint>())
        {
            foreach (var kind in Enum.GetValues<KeyKind>())
            {
                data.Add(endpoint, kind, true);
                data.Add(endpoint, kind, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_AnswersByKeyAndTenantScope(Endpoint endpoint, KeyKind kind, bool ownTenant)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tenant = ownTenant ? fixture.Console.Alpha : fixture.Console.Bravo;
        using var client = fixture.Client(kind switch
        {
            KeyKind.AllTenants => fixture.AllTenantsKey,
            KeyKind.AccountManager => fixture.AccountManagerKey,
            KeyKind.Revoked => fixture.RevokedKey,
            KeyKind.Expired => fixture.ExpiredKey,
            _ => null,
        });
        var path = endpoint switch
        {
            Endpoint.Tenants => "/api/v1/tenants",
            Endpoint.Users => $"/api/v1/tenants/{tenant}/users",
            Endpoint.Snapshots => $"/api/v1/tenants/{tenant}/snapshots?from=2000-01-01",
            _ => $"/api/v1/audit?tenantId={tenant}",
        };

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        if (kind is KeyKind.Revoked or KeyKind.Expired or KeyKind.None)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.DoesNotContain(fixture.Console.Alpha.ToString(), body, StringComparison.OrdinalIgnoreCase);
            return;
        }

        var visible = kind == KeyKind.AllTenants || ownTenant;
        if (endpoint == Endpoint.Tenants)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var ids = JsonDocument.Parse(body).RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(visible, ids.Contains(tenant));
            Assert.Equal(kind == KeyKind.AllTenants ? 3 : 1, ids.Count);
            return;
        }

        Assert.Equal(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("application/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        if (visible && ownTenant)
        {
            var root = JsonDocument.Parse(body).RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items");
            Assert.NotEqual(0, items.GetArrayLength());
        }
    }
}
