using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MspConsole.Web.Security.Development;

namespace MspConsole.TestKit.Hosting;

/// <summary>Signs a test client in as a development persona through the real sign-in page (anti-forgery token and all).</summary>
public static partial class SignIn
{
    public const string Anonymous = "anonymous";

    /// <summary>A client of the console (no automatic redirects, cookies kept) signed in as <paramref name="personaKey"/>, or <see cref="Anonymous"/>.</summary>
    public static async Task<HttpClient> ClientAsync(this WebApplicationFactory<Program> factory, string personaKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        if (personaKey == Anonymous)
        {
            return client;
        }

        await client.SignInAsAsync(personaKey, cancellationToken);
        return client;
    }

    /// <summary>Signs any client in (one on a real Kestrel port, say), through the sign-in page.</summary>
    public static async Task SignInAsAsync(this HttpClient client, string personaKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var persona = DevelopmentPersonas.Find(personaKey) ?? throw new ArgumentException($"No persona {personaKey}.", nameof(personaKey));
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = persona.Key,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {personaKey} answered {response.StatusCode}.");
        }
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
