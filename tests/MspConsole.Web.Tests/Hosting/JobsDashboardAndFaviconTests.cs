using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Hosting;

[Collection(ConsoleCollection.Name)]
public sealed class JobsDashboardAndFaviconTests(ConsoleFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task JobsDashboard_Anonymous_IsSentToSignIn()
    {
        using var anonymous = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await anonymous.GetAsync(new Uri("/jobs", UriKind.Relative), cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("helpdesk", HttpStatusCode.Forbidden)]
    [InlineData("am-north", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task JobsDashboard_SignedIn_IsForAdminsOnly(string persona, HttpStatusCode expected)
    {
        using var client = await fixture.Factory.ClientAsync(persona, cancellation);

        using var response = await client.GetAsync(new Uri("/jobs", UriKind.Relative), cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Favicon_IsServed_AndLinkedFromEveryPage()
    {
        using var anonymous = fixture.Factory.CreateClient();

        using var icon = await anonymous.GetAsync(new Uri("/favicon.ico", UriKind.Relative), cancellation);
        var signIn = await anonymous.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellation);

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\" />", signIn, StringComparison.Ordinal);
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a Location header, absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
