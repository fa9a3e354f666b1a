using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Actions;

/// <summary>Every action route × every persona × own / foreign tenant: account managers never act, helpdesk and admin act on any tenant.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class ActionsAuthorizationTests(ActionsWebFixture fixture)
{
    private static readonly string[] Segments =
        ["remove-method", "correct-phone", "reset-authenticator", "reset-all-methods", "temporary-access-pass", "revoke-sessions", "exclude", "include"];

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        string[] personas = [.. DevelopmentPersonas.All.Select(persona => persona.Key), SignIn.Anonymous];
        foreach (var persona in personas)
        {
            foreach (var tenant in new[] { "own", "foreign" })
            {
                foreach (var segment in Segments)
                {
                    data.Add(persona, "GET", $"/tenants/{{tenant}}/users/{{user}}/actions/{segment}", tenant);
                    data.Add(persona, "POST", $"/tenants/{{tenant}}/users/{{user}}/actions/{segment}", tenant);
                }

                data.Add(persona, "POST", "/tenants/{tenant}/actions/bulk/exclude", tenant);
                data.Add(persona, "POST", "/tenants/{tenant}/actions/bulk/include", tenant);
            }

            data.Add(persona, "GET", "/approvals", "none");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ActionRoute_ForPersonaAndTenant_AnswersTheExpectedStatus(string persona, string method, string route, string tenant)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(persona, cancellationToken);
        var (tenantId, userId) = tenant == "foreign" ? (fixture.Foreign, fixture.ForeignUser) : (fixture.Own, fixture.OwnUser);
        var url = route.Replace("{tenant}", tenantId.ToString(), StringComparison.Ordinal).Replace("{user}", userId, StringComparison.Ordinal);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken)
            : await PostFirstStepAsync(client, url, userId, cancellationToken);

        var expected = persona switch
        {
            SignIn.Anonymous => HttpStatusCode.Redirect,
            _ when persona == DevelopmentPersonas.Admin.Key || persona == DevelopmentPersonas.SecondAdmin.Key || persona == DevelopmentPersonas.Helpdesk.Key => HttpStatusCode.OK,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(fixture.MutationsFor(userId));
    }

    [Theory]
    [InlineData("helpdesk", "/tenants/{unknown}/users/{user}/actions/revoke-sessions")]
    [InlineData("helpdesk", "/tenants/{tenant}/users/no-such-user/actions/revoke-sessions")]
    [InlineData("admin", "/tenants/{tenant}/users/{user}/actions/no-such-action")]
    public async Task UnknownTenantUserOrAction_IsNotFound(string persona, string route)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(persona, cancellationToken);
        var url = route.Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{tenant}", fixture.Own.ToString(), StringComparison.Ordinal).Replace("{user}", fixture.OwnUser, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("helpdesk", HttpStatusCode.Forbidden)]
    [InlineData("am-north", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task FourEyesPolicyPage_IsForAdminsOnly(string persona, HttpStatusCode expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(persona, cancellationToken);

        using var response = await client.GetAsync(new Uri($"/tenants/{fixture.Own}/actions/policy", UriKind.Relative), cancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>The user page's first step (not confirmed) with a valid anti-forgery token, so only authorization decides.</summary>
    private static async Task<HttpResponseMessage> PostFirstStepAsync(HttpClient client, string url, string userId, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, cancellationToken),
            ["reason"] = "matrix",
            ["method"] = "mobilePhone",
            ["objectIds"] = userId,
        });
        return await client.PostAsync(new Uri(url, UriKind.Relative), form, cancellationToken);
    }

    /// <summary>A token for this client's identity from any page that renders a form (the layout's language switch, the sign-in page).</summary>
    public static async Task<string> TokenAsync(HttpClient client, CancellationToken cancellationToken)
    {
        foreach (var page in new[] { "/", "/signin", "/error/403" })
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative), cancellationToken);
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            if (html.Contains("__RequestVerificationToken", StringComparison.Ordinal))
            {
                return SignIn.AntiforgeryToken(html);
            }
        }

        throw new InvalidOperationException("No page with an anti-forgery token.");
    }
}
