namespace MspConsole.Web.Features.Exports;

/// <summary>An export before it is written: localized headers and rows of string, int, double (a ratio) or time cells.</summary>
public sealed record ExportTable(string FileNameStem, string SheetName, IReadOnlyList<string> Headers, IAsyncEnumerable<object?[]> Rows);
