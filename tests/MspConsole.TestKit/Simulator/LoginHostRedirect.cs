using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace MspConsole.TestKit.Simulator;

/// <summary>
/// MSAL's HTTP transport for tests of the Identity.Web token path: MSAL insists on an https authority
/// (login.microsoftonline.com), so this sends its requests to the simulator on loopback instead, and records the paths.
/// Register it as <see cref="IMsalHttpClientFactory"/>; Identity.Web's token acquisition takes it from DI.
/// </summary>
public sealed class LoginHostRedirect : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient client;

    public LoginHostRedirect(Uri simulatorBase, string loginHost = "login.microsoftonline.com")
    {
        client = new HttpClient(new RedirectHandler(simulatorBase, loginHost, Requests) { InnerHandler = new SocketsHttpHandler() });
    }

    /// <summary>"METHOD /path" of every request MSAL made to the login host, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public HttpClient GetHttpClient() => client;

    public void Dispose() => client.Dispose();

    private sealed class RedirectHandler(Uri target, string loginHost, ConcurrentQueue<string> requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { } uri && string.Equals(uri.Host, loginHost, StringComparison.OrdinalIgnoreCase))
            {
                requests.Enqueue($"{request.Method} {uri.AbsolutePath}");
                request.RequestUri = new Uri(target, uri.PathAndQuery.TrimStart('/'));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
