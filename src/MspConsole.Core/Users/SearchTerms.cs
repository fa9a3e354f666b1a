using System.Globalization;
using System.Text;

namespace MspConsole.Core.Users;

/// <summary>
/// How callers are found by what they say. Names and queries are normalized alike: lower case, accents dropped, and
/// everything but letters and digits removed, so "Élise" is "elise" and "Van Acker", "van acker" and "vanacker" are all
/// "vanacker". A user's terms are the whole display name and UPN, each of their words, and each run of words up to the end
/// ("wimvanacker", "vanacker", "acker"), so a query finds them by the prefix of any of those.
/// </summary>
public static class SearchTerms
{
    /// <summary>More words than this (rare) only add terms for the first ones: a run always reaches the end of the name.</summary>
    private const int MaxWords = 8;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var normalized = builder.ToString().Normalize(NormalizationForm.FormC);
        return normalized.Length > UserSearchTerm.TermMaxLength ? normalized[..UserSearchTerm.TermMaxLength] : normalized;
    }

    public static IReadOnlyList<SearchTerm> Of(string displayName, string userPrincipalName)
    {
        var terms = new Dictionary<string, bool>(StringComparer.Ordinal);
        Add(terms, Normalize(displayName), isFullName: true);
        Add(terms, Normalize(userPrincipalName), isFullName: true);
        AddWords(terms, Words(displayName));
        var at = userPrincipalName.IndexOf('@', StringComparison.Ordinal);
        AddWords(terms, Words(at < 0 ? userPrincipalName : userPrincipalName[..at]));
        return [.. terms.Select(term => new SearchTerm(term.Key, term.Value))];
    }

    private static void AddWords(Dictionary<string, bool> terms, List<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            Add(terms, words[start], isFullName: false);
            Add(terms, string.Concat(words.Skip(start)), isFullName: false);
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // "Jean-Pierre" and "jan.de_smet" are words too; "D'Hondt" stays one word, as people say it.
            foreach (var piece in part.Split(['-', '.', '_', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Normalize(piece) is { Length: > 0 } word)
                {
                    words.Add(word);
                }
            }
        }

        return words.Count > MaxWords ? [.. words.Take(MaxWords - 1), string.Concat(words.Skip(MaxWords - 1))] : words;
    }

    private static void Add(Dictionary<string, bool> terms, string term, bool isFullName)
    {
        term = term.Length > UserSearchTerm.TermMaxLength ? term[..UserSearchTerm.TermMaxLength] : term;
        if (term.Length > 0)
        {
            terms[term] = isFullName || terms.GetValueOrDefault(term);
        }
    }
}
