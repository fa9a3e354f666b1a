using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Security;

[Collection(ConsoleCollection.Name)]
public sealed class SecurityBehaviourTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("/culture")]
    [InlineData("/signout")]
    [InlineData("/signin")]
    public async Task Post_WithoutAntiforgeryToken_Returns400(string route)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fr-BE", ["persona"] = "admin" });

        using var response = await client.PostAsync(new Uri(route, UriKind.Relative), form, cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TenantPage_WithHostileDisplayName_EncodesIt()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellationToken);

        var html = await client.GetStringAsync(new Uri($"/tenants/{fixture.Alpha}", UriKind.Relative), cancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"auto\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserPage_WithHostileDisplayName_EncodesItInTitleAndHeading()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellationToken);

        var html = await client.GetStringAsync(new Uri($"/tenants/{fixture.Alpha}/users/{fixture.AlphaHostileUser}", UriKind.Relative), cancellationToken);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountManager_Overview_ListsOnlyOwnTenants()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerNorth.Key, cancellationToken);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellationToken);

        Assert.Contains("Alpha Verzekeringen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bravo Makelaars", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Charlie Courtiers", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountManager_Search_FindsOnlyUsersOfOwnTenants()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var own = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerSouth.Key, cancellationToken);
        using var helpdesk = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellationToken);

        var scoped = await own.GetStringAsync(new Uri("/search?q=b", UriKind.Relative), cancellationToken);
        var everything = await helpdesk.GetStringAsync(new Uri("/search?q=br", UriKind.Relative), cancellationToken);
        var scopedBr = await own.GetStringAsync(new Uri("/search?q=br", UriKind.Relative), cancellationToken);

        Assert.DoesNotContain("data-testid=\"search-results\"", scoped, StringComparison.Ordinal);
        Assert.Contains("breakglass@alpha-verzekeringen.be", everything, StringComparison.Ordinal);
        Assert.Contains("bruno@bravo-makelaars.be", everything, StringComparison.Ordinal);
        Assert.Contains("bruno@bravo-makelaars.be", scopedBr, StringComparison.Ordinal);
        Assert.DoesNotContain("breakglass@alpha-verzekeringen.be", scopedBr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountManager_OverviewExport_ContainsOnlyOwnTenants()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerNorth.Key, cancellationToken);

        var csv = await client.GetStringAsync(new Uri("/export/overview.csv", UriKind.Relative), cancellationToken);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Alpha Verzekeringen", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersExport_DisplayNameStartingWithEquals_IsPrefixedWithApostrophe()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellationToken);

        var csv = await client.GetStringAsync(new Uri($"/tenants/{fixture.Alpha}/export/users.csv", UriKind.Relative), cancellationToken);

        var line = Assert.Single(csv.Split('\n'), row => row.Contains("formula@alpha-verzekeringen.be", StringComparison.Ordinal));
        Assert.Matches("^\"?'=HYPERLINK", line);
        Assert.DoesNotContain("gone@alpha-verzekeringen.be", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_InProductionWithDevelopmentSignIn_Fails()
    {
        await using var database = await TestKit.Database.SqliteTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var production = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString) with { Environment = "Production", AuthenticationMode = "Development" });

        var failure = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("Production", failure.ToString(), StringComparison.Ordinal);
    }
}
