using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Security;

/// <summary>Every page and export × every persona × own / foreign tenant → the status the caller must get.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AuthorizationMatrixTests(ConsoleFixture fixture)
{
    private static readonly string[] GlobalRoutes = ["/", "/tenants", "/search?q=jan", "/export/overview.csv", "/export/overview.xlsx"];

    private static readonly string[] TenantRoutes =
    [
        "/tenants/{tenant}", "/tenants/{tenant}/report?culture=nl-BE", "/tenants/{tenant}/users/{user}",
        "/tenants/{tenant}/export/users.csv", "/tenants/{tenant}/export/users.xlsx",
    ];

    private static readonly string[] SeeEverything = [DevelopmentPersonas.Admin.Key, DevelopmentPersonas.SecondAdmin.Key, DevelopmentPersonas.Helpdesk.Key];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        string[] personas = [.. DevelopmentPersonas.All.Select(persona => persona.Key), SignIn.Anonymous];
        foreach (var persona in personas)
        {
            foreach (var route in GlobalRoutes)
            {
                data.Add(persona, route, "none");
            }

            foreach (var route in TenantRoutes)
            {
                data.Add(persona, route, "own");
                data.Add(persona, route, "foreign");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_ForPersonaAndTenant_AnswersTheExpectedStatus(string persona, string route, string tenant)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(persona, cancellationToken);
        // Anna (am-north) owns Alpha; Bravo is Amélie's. For the others "own" and "foreign" only differ in the tenant used.
        var (tenantId, userId) = tenant == "foreign" ? (fixture.Bravo, fixture.BravoUser) : (fixture.Alpha, fixture.AlphaUser);
        if (persona == DevelopmentPersonas.AccountManagerSouth.Key)
        {
            (tenantId, userId) = tenant == "foreign" ? (fixture.Alpha, fixture.AlphaUser) : (fixture.Bravo, fixture.BravoUser);
        }

        var url = route.Replace("{tenant}", tenantId.ToString(), StringComparison.Ordinal).Replace("{user}", userId, StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);

        var expected = Expected(persona, tenant);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    private static HttpStatusCode Expected(string persona, string tenant) => persona switch
    {
        SignIn.Anonymous => HttpStatusCode.Redirect,
        _ when persona == DevelopmentPersonas.NoRole.Key => HttpStatusCode.Forbidden,
        _ when SeeEverything.Contains(persona) => HttpStatusCode.OK,
        _ => tenant == "foreign" ? HttpStatusCode.NotFound : HttpStatusCode.OK,
    };
}
