using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Features;

[Collection(ConsoleCollection.Name)]
public sealed class LocalizationTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData(null, "<h1>Klanten</h1>", "lang=\"nl\"")]
    [InlineData("fr-BE,fr;q=0.9", "<h1>Clients</h1>", "lang=\"fr\"")]
    [InlineData("en-GB,en;q=0.8", "<h1>Tenants</h1>", "lang=\"en\"")]
    [InlineData("de-DE", "<h1>Klanten</h1>", "lang=\"nl\"")]
    public async Task Overview_ByAcceptLanguage_SpeaksDutchFrenchOrEnglish(string? acceptLanguage, string heading, string htmlLang)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(htmlLang, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureCookie_WinsOverAcceptLanguage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-GB");
        request.Headers.TryAddWithoutValidation("Cookie", ".AspNetCore.Culture=c=fr-BE|uic=fr-BE");

        using var response = await client.SendAsync(request, cancellationToken);

        Assert.Contains("<h1>Clients</h1>", await response.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }
}
