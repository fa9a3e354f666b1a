using System.Globalization;

namespace MspConsole.Web.Shared;

/// <summary>The UI's cultures (Belgium). Dutch is the default when neither the cookie nor the browser picks one.</summary>
public static class UiCultures
{
    public const string Dutch = "nl-BE";
    public const string French = "fr-BE";
    public const string English = "en-BE";
    public const string Default = Dutch;

    public static IReadOnlyList<string> All { get; } = [Dutch, French, English];

    /// <summary>What the switcher shows: each language named in itself.</summary>
    public static string NativeName(string culture) => culture switch
    {
        Dutch => "Nederlands",
        French => "Français",
        _ => "English",
    };

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>The console culture for a language tag such as "fr-FR" or "en", or null when we do not speak it.</summary>
    public static string? ForLanguage(string? tag)
    {
        var language = tag?.Split('-', '_')[0];
        return language is not { Length: 2 }
            ? null
            : All.FirstOrDefault(culture => culture.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));
    }

    public static CultureInfo[] CultureInfos() => [.. All.Select(CultureInfo.GetCultureInfo)];
}
