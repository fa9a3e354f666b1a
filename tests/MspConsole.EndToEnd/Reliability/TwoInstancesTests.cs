using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using MspConsole.TestKit.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Reliability;

/// <summary>
/// Two console processes on one database, each with a home folder of its own (like two containers, so nothing is
/// shared through the default file key ring): a sign-in and a form from one are accepted by the other.
/// </summary>
public sealed partial class TwoInstancesTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mspconsole-e2e-instances", Guid.NewGuid().ToString("N"));
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
    private ConsoleProcess? first;
    private ConsoleProcess? second;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        first = await StartAsync("home-1");
        second = await StartAsync("home-2");
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        foreach (var console in new[] { first, second })
        {
            if (console is not null)
            {
                await console.DisposeAsync();
            }
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SignInOnOneInstance_IsAcceptedByTheOther_AndSoAreItsForms()
    {
        var cookies = await SignInAsync(first!.BaseAddress, DevelopmentPersonas.Helpdesk.Key);

        using var page = await GetAsync(new Uri(second!.BaseAddress, "/"), cookies);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var formPage = await GetAsync(new Uri(first.BaseAddress, "/"), cookies);
        var token = Token(await formPage.Content.ReadAsStringAsync(cancellation));
        using var switchLanguage = await PostAsync(new Uri(second.BaseAddress, "/culture"), cookies,
            new() { ["culture"] = "fr-BE", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, switchLanguage.StatusCode);
    }

    private Task<ConsoleProcess> StartAsync(string home)
    {
        Directory.CreateDirectory(Path.Combine(folder, home));
        return ConsoleProcess.StartAsync(new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(folder, home),
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "console.db")}",
            ["Authentication__Mode"] = "Development",
            ["Authentication__SeedDemoAssignments"] = "false",
            ["Simulator__Embedded"] = "false",
            ["Simulator__SeedDemoTenants"] = "false",
            ["Graph__GraphBaseUrl"] = "http://127.0.0.1:9",
            ["Graph__LoginBaseUrl"] = "http://127.0.0.1:9",
            ["Graph__ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph__ClientSecret"] = "unused",
            ["Graph__TokenSource"] = "ClientCredentials",
            ["Jobs__ServerEnabled"] = "false",
        }, waitForSimulator: false, cancellation);
    }

    private async Task<Dictionary<string, string>> SignInAsync(Uri console, string persona)
    {
        var cookies = new Dictionary<string, string>();
        using var page = await GetAsync(new Uri(console, "/signin"), cookies);
        var token = Token(await page.Content.ReadAsStringAsync(cancellation));
        using var signIn = await PostAsync(new Uri(console, "/signin"), cookies, new() { ["persona"] = persona, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("MspConsole.Auth", cookies.Keys);
        return cookies;
    }

    private async Task<HttpResponseMessage> GetAsync(Uri url, Dictionary<string, string> cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request, cookies);
    }

    private async Task<HttpResponseMessage> PostAsync(Uri url, Dictionary<string, string> cookies, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request, cookies);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Dictionary<string, string> cookies)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await http.SendAsync(request, cancellation);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return response;
    }

    private static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
