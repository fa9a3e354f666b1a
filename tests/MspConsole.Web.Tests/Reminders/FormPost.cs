using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Reminders;

/// <summary>Posts a form the way the browser does: with the anti-forgery token of a page the client has loaded.</summary>
internal static class FormPost
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken, string tokenPage = "/", bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            var page = await client.GetStringAsync(new Uri(tokenPage, UriKind.Relative), cancellationToken);
            all.Add(new("__RequestVerificationToken", SignIn.AntiforgeryToken(page)));
        }

        using var form = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form, cancellationToken);
    }
}
