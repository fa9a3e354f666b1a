namespace MspConsole.Core.Tenants;

/// <summary>
/// A contact line per language in one single-line text (a form field, a CSV cell): parts separated by "|" and written
/// "nl: …", "fr: …", "en: …" are that language's; the parts without such a prefix are the fallback for any language
/// without a part of its own. A text without "|" or prefixes is one line for every language.
/// </summary>
public static class ContactLines
{
    /// <summary>The line for <paramref name="language"/>, else the unprefixed text, else null.</summary>
    public static string? For(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string? fallback = null;
        foreach (var line in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LanguageOf(line) is { } prefix)
            {
                if (string.Equals(prefix, language, StringComparison.OrdinalIgnoreCase))
                {
                    return line[(prefix.Length + 1)..].Trim();
                }
            }
            else
            {
                fallback = fallback is null ? line : $"{fallback} {line}";
            }
        }

        return fallback;
    }

    private static string? LanguageOf(string line) =>
        SupportedLanguage.All.FirstOrDefault(language => line.Length > language.Length && line[language.Length] == ':'
            && line.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
