using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Security;

/// <summary>A browser-like client whose cookies the test can see, copy and replay (HandleCookies off on the inner client).</summary>
public sealed class CookieClient(HttpClient http)
{
    private readonly Dictionary<string, string> cookies = [];

    /// <summary>The Set-Cookie headers of every response so far, as received.</summary>
    public List<string> SetCookies { get; } = [];

    public string CookieHeader => string.Join("; ", cookies.Select(cookie => $"{cookie.Key}={cookie.Value}"));

    public async Task SignInAsync(string personaKey, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        var persona = DevelopmentPersonas.Find(personaKey) ?? throw new ArgumentException($"No persona {personaKey}.", nameof(personaKey));
        using var page = await GetAsync("/signin", CookieHeader, cancellationToken, headers);
        var token = SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync(cancellationToken));
        using var response = await PostAsync("/signin", new() { ["persona"] = persona.Key, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token }, cancellationToken, headers);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {personaKey} answered {response.StatusCode}.");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path, string cookieHeader, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), cookieHeader, headers, cancellationToken);

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) }, CookieHeader, headers, cancellationToken);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string cookieHeader, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using (request)
        {
            if (cookieHeader.Length > 0)
            {
                request.Headers.Add("Cookie", cookieHeader);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.Add(name, value);
            }

            var response = await http.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                SetCookies.Add(header);
                var pair = header.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0)
                {
                    cookies.Remove(pair[0]);
                }
                else
                {
                    cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
