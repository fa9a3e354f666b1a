using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>Every admin route: only Admin gets in; other roles get 403, anonymous callers the sign-in; forms need the anti-forgery token.</summary>
[Collection(AdminCollection.Name)]
public sealed class AdminAuthorizationTests(AdminFixture fixture)
{
    private static readonly string[] GetRoutes =
    [
        "/admin/tenants", "/admin/tenants?offboarded=true", "/admin/tenants/new", "/admin/tenants/{tenant}", "/admin/import",
        "/admin/import/template.csv", "/admin/gdap", "/admin/consent/callback?tenant={tenant}&admin_consent=True&state=x", "/admin/alerts",
    ];

    private static readonly string[] PostRoutes =
    [
        "/admin/tenants/new", "/admin/tenants/{tenant}/settings", "/admin/tenants/{tenant}/test", "/admin/tenants/{tenant}/pause",
        "/admin/tenants/{tenant}/resume", "/admin/tenants/{tenant}/poll", "/admin/tenants/{tenant}/offboard",
        "/admin/tenants/{tenant}/managers", "/admin/tenants/{tenant}/managers/remove", "/admin/import", "/admin/gdap", "/admin/alerts/rules",
    ];

    private static readonly string[] NonAdmins =
    [
        DevelopmentPersonas.Helpdesk.Key, DevelopmentPersonas.AccountManagerNorth.Key, DevelopmentPersonas.AccountManagerSouth.Key,
        DevelopmentPersonas.NoRole.Key,
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var persona in NonAdmins.Append(SignIn.Anonymous))
        {
            foreach (var route in GetRoutes)
            {
                data.Add(persona, "GET", route);
            }

            foreach (var route in PostRoutes)
            {
                data.Add(persona, "POST", route);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AdminRoute_ForAnyoneButAnAdmin_IsForbiddenOrSendsToSignIn(string persona, string method, string route)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(persona, cancellationToken);
        var url = new Uri(route.Replace("{tenant}", fixture.Keep.ToString(), StringComparison.Ordinal), UriKind.Relative);
        var fields = new List<KeyValuePair<string, string>> { new("Mode", "Purge"), new("Confirmation", "keep-verzekeringen.be"), new("ObjectId", DevelopmentPersonas.Helpdesk.ObjectId) };
        if (persona is not (SignIn.Anonymous) && persona != DevelopmentPersonas.NoRole.Key)
        {
            // A valid token for this user, so that only authorization can stop the request.
            fields.Add(new("__RequestVerificationToken", SignIn.AntiforgeryToken(await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken))));
        }

        using var form = new FormUrlEncodedContent(fields);
        using var response = method == "GET" ? await client.GetAsync(url, cancellationToken) : await client.PostAsync(url, form, cancellationToken);

        if (persona == SignIn.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.AccountManagerAssignments.AnyAsync(a => a.AccountManagerObjectId == DevelopmentPersonas.Helpdesk.ObjectId, cancellationToken));
    }

    [Fact]
    public async Task AdminPages_ForAnAdmin_Open()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        foreach (var route in GetRoutes.Where(r => !r.Contains("callback", StringComparison.Ordinal)))
        {
            await admin.GetPageAsync(route.Replace("{tenant}", fixture.Settings.ToString(), StringComparison.Ordinal));
        }

        Assert.Contains("data-testid=\"nav-admin\"", await admin.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TenantPage_LinksToItsAdminPage_OnlyForAnAdmin(bool linked)
    {
        var persona = linked ? DevelopmentPersonas.Admin : DevelopmentPersonas.Helpdesk;
        using var client = await AdminClient.SignInAsync(fixture.Factory, persona.Key);
        var link = $"<a href=\"/admin/tenants/{fixture.Settings}\" data-testid=\"tenant-admin-link\">";

        var page = await client.GetPageAsync($"/tenants/{fixture.Settings}");

        Assert.Equal(linked, page.Contains(link, StringComparison.Ordinal));
        if (linked)
        {
            Assert.Contains("data-testid=\"consent-state\"", await client.GetPageAsync($"/admin/tenants/{fixture.Settings}"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/tenants/{tenant}")]
    [InlineData("/admin/tenants/new")]
    [InlineData("/admin/import")]
    [InlineData("/admin/gdap")]
    [InlineData("/admin/alerts")]
    public async Task AdminPage_EveryPostForm_CarriesItsAntiforgeryToken(string route)
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        var page = await admin.GetPageAsync(route.Replace("{tenant}", fixture.Settings.ToString(), StringComparison.Ordinal));

        var forms = System.Text.RegularExpressions.Regex.Matches(page, "<form method=\"post\"[^>]*>(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.NotEmpty(forms);
        Assert.All(forms, form => Assert.Contains("name=\"__RequestVerificationToken\"", form.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdminForm_PostedByAnAdminWithoutTheAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("Mode", "Purge"), new("Confirmation", "keep-verzekeringen.be")]);

        using var offboard = await admin.Http.PostAsync(new Uri($"/admin/tenants/{fixture.Settings}/pause", UriKind.Relative), form, TestContext.Current.CancellationToken);
        using var forged = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/pause", [], token: "forged-token");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [offboard.StatusCode, forged.StatusCode]);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Tenants.Where(t => t.Id == fixture.Settings).Select(t => t.PollingPaused).SingleAsync(TestContext.Current.CancellationToken));
    }
}
