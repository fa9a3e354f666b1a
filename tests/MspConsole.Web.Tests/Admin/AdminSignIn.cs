using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>Signs a client of <see cref="AdminAppFactory"/> in through the development sign-in page, as <see cref="SignIn"/> does for the shared app.</summary>
public static class AdminSignIn
{
    public static async Task<HttpClient> ClientAsync(this AdminAppFactory factory, string personaKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        if (personaKey == SignIn.Anonymous)
        {
            return client;
        }

        var persona = DevelopmentPersonas.Find(personaKey) ?? throw new ArgumentException($"No persona {personaKey}.", nameof(personaKey));
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = persona.Key,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, cancellationToken);
        return response.StatusCode == HttpStatusCode.Redirect ? client : throw new InvalidOperationException($"Sign-in as {personaKey} answered {response.StatusCode}.");
    }
}
