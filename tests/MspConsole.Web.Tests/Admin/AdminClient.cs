using System.Net;

namespace MspConsole.Web.Tests.Admin;

/// <summary>A signed-in client that posts forms with the anti-forgery token of a page it has opened.</summary>
public sealed class AdminClient(HttpClient client) : IDisposable
{
    public HttpClient Http => client;

    public static async Task<AdminClient> SignInAsync(ConsoleAppFactory factory, string persona)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        return new AdminClient(await factory.ClientAsync(persona, cancellationToken));
    }

    public async Task<string> GetPageAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    public async Task<string> TokenAsync(string page = "/") => SignIn.AntiforgeryToken(await GetPageAsync(page));

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? token = null)
    {
        var all = fields.ToList();
        all.Add(new("__RequestVerificationToken", token ?? await TokenAsync()));
        using var form = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>Follows one redirect (the POST-redirect-GET of admin forms) and returns the page.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public async Task<HttpResponseMessage> UploadAsync(byte[] content, string mode, bool validOnly = false, string fileName = "tenants.csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(mode), "mode");
        form.Add(new StringContent(validOnly ? "true" : "false"), "validOnly");
        form.Add(new StringContent(await TokenAsync("/admin/import")), "__RequestVerificationToken");
        return await client.PostAsync(new Uri("/admin/import", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    public void Dispose() => client.Dispose();
}
