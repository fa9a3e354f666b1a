namespace MspConsole.Web.Shared;

/// <summary>LIKE patterns from user input, with the wildcards escaped, for EF.Functions.Like(..., Escape).</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string StartsWith(string text) => Literal(text) + "%";

    public static string Literal(string text) => EscapeText(text);

    public static string Contains(string text) => "%" + EscapeText(text) + "%";

    private static string EscapeText(string text) =>
        text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal)
            .Replace("[", Escape + "[", StringComparison.Ordinal);
}
