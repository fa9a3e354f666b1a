using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MspConsole.TestKit.Database;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Security;

/// <summary>Behind a TLS-terminating proxy: Secure cookies, HSTS outside Development, and the dashboard's headers.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TransportTests(ConsoleFixture fixture)
{
    private static readonly Dictionary<string, string> ThroughTlsProxy = new() { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "203.0.113.7" };
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cookies_OfARequestForwardedAsHttps_AreAllSecure()
    {
        var browser = new CookieClient(fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await browser.SignInAsync(DevelopmentPersonas.Helpdesk.Key, cancellation, ThroughTlsProxy);
        using var page = await browser.GetAsync("/", browser.CookieHeader, cancellation, ThroughTlsProxy);
        var token = SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync(cancellation));
        using var culture = await browser.PostAsync("/culture", new() { ["culture"] = "fr-BE", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token }, cancellation, ThroughTlsProxy);
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);

        foreach (var name in new[] { "MspConsole.Auth", "MspConsole.Antiforgery", ".AspNetCore.Culture" })
        {
            var cookie = Assert.Single(browser.SetCookies, header => header.StartsWith(name + "=", StringComparison.Ordinal));
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task JobsDashboard_SendsTheSameSecurityHeadersAsThePages()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), cancellation);

        using var jobs = await client.GetAsync(new Uri("/jobs", UriKind.Relative), cancellation);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy" })
        {
            Assert.Equal(page.Headers.GetValues(header), jobs.Headers.GetValues(header));
        }
    }

    [Fact]
    public async Task OutsideDevelopment_HttpsRequestsGetHsts_AndEveryCookieIsSecure()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(cancellation);
        await using var staging = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString) with { Environment = "Staging", AuthenticationMode = "EntraId" })
            .WithWebHostBuilder(builder => builder
                .UseSetting("AzureAd:ClientId", "00000000-0000-0000-0000-0000000000aa")
                .UseSetting("AzureAd:TenantId", "00000000-0000-0000-0000-0000000000bb"));
        using var client = staging.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "console.msp.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, cancellation);

        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(CookieSecurePolicy.Always, staging.Services.GetRequiredService<IOptions<CookiePolicyOptions>>().Value.Secure);
    }
}
