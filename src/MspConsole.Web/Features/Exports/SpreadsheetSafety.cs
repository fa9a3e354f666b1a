namespace MspConsole.Web.Features.Exports;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a display name from a
/// customer's tenant such as "=HYPERLINK(...)" gets a leading apostrophe.
/// </summary>
public static class SpreadsheetSafety
{
    public const string FormulaStarts = "=+-@\t\r";
    public const char EscapeCharacter = '\'';

    public static string Text(string? value) =>
        string.IsNullOrEmpty(value) ? "" : FormulaStarts.Contains(value[0], StringComparison.Ordinal) ? EscapeCharacter + value : value;
}
