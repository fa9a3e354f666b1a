using System.Net;
using System.Text;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Admin;

/// <summary>
/// An upload over the import route's request cap (11 MiB) gets the import page with the same clear "file too large"
/// message as a file over the configured limit, through Kestrel with its real request-size enforcement.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class ImportSizeLimitTests(AdminFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_OverTheRequestCap_ShowsTheImportPageSayingTheFileIsTooLarge_OnKestrel()
    {
        await using var factory = new ConsoleAppFactory(AdminFixture.HostOptions(fixture.Database.ConnectionString, fixture.Simulator) with { Kestrel = true }).Start();
        using var admin = new AdminClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = factory.BaseAddress });
        await admin.Http.SignInAsAsync(DevelopmentPersonas.Admin.Key, cancellation);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var file = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("x.example,,Name,,,,,\r\n", 600_000)));
        Assert.True(file.Length > 12 * 1_048_576);

        using var response = await admin.UploadAsync(file, "import", validOnly: true);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The file is larger than 1024 KB.", page, StringComparison.Ordinal);
        Assert.Contains("data-rows=\"0\"", page, StringComparison.Ordinal);
    }
}
