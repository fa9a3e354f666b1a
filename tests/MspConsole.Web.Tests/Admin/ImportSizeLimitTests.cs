using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

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
        await using var factory = new AdminAppFactory(fixture.Database.ConnectionString, fixture.Simulator);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var admin = new AdminClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) });
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
