using System.Globalization;

namespace MspConsole.Core.Tenants;

/// <summary>The console's and the reminders' languages (Belgium): Dutch, French, English.</summary>
public static class SupportedLanguage
{
    public const string Dutch = "nl";
    public const string French = "fr";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Dutch, French, English];

    /// <summary>Maps a Graph preferredLanguage such as "nl-BE" or "fr" to a supported language, or null.</summary>
    public static string? FromPreferredLanguage(string? preferredLanguage)
    {
        if (string.IsNullOrWhiteSpace(preferredLanguage))
        {
            return null;
        }

        var twoLetter = preferredLanguage.Split('-', '_')[0].ToLower(CultureInfo.InvariantCulture);
        return All.Contains(twoLetter) ? twoLetter : null;
    }

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);
}
