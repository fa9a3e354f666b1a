using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace MspConsole.Web.Shared;

/// <summary>
/// Reads Accept-Language by language, not region: a browser set to en-GB, en-US or fr-FR still gets the
/// console's Belgian English or French instead of falling through to the Dutch default.
/// </summary>
public sealed class LanguageOnlyAcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var culture = header
            .Where(language => language.Quality is null or > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => UiCultures.ForLanguage(language.Value.Value))
            .FirstOrDefault(match => match is not null);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
