using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> to the response: CSV is streamed row by row; Excel is built by ClosedXML
/// (which needs the whole workbook) into a temporary file, not memory, then streamed.
/// </summary>
public sealed class ExportWriter
{
    public const string Csv = "csv";
    public const string Excel = "xlsx";

    public static bool IsSupported(string format) => format is Csv or Excel;

    public async Task WriteAsync(HttpResponse response, ExportTable table, string format, CancellationToken cancellationToken)
    {
        var fileName = $"{table.FileNameStem}.{format}";
        response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName }.ToString();
        if (format == Csv)
        {
            response.ContentType = "text/csv; charset=utf-8";
            await WriteCsvAsync(response.Body, table, cancellationToken);
        }
        else
        {
            response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            await WriteExcelAsync(response.Body, table, cancellationToken);
        }
    }

    private static async Task WriteCsvAsync(Stream body, ExportTable table, CancellationToken cancellationToken)
    {
        // The culture's list separator (";" in Belgium) and a BOM: what Excel expects when the file is double-clicked.
        // CsvHelper neutralises formula injection: a cell starting with = + - @ (or tab, CR) gets a leading apostrophe.
        var options = new CsvWriterOptions
        {
            Separator = CultureInfo.CurrentCulture.TextInfo.ListSeparator[0],
            FormatProvider = CultureInfo.CurrentCulture,
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            InjectionEscape = SpreadsheetSafety.EscapeCharacter,
            InjectionCharacters = SpreadsheetSafety.FormulaStarts,
        };
        await using var csv = CsvWriter.Create(body, options, leaveOpen: true);
        await csv.WriteRecordAsync([.. table.Headers], cancellationToken);
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            foreach (var cell in row)
            {
                csv.WriteField(CsvText(cell));
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string CsvText(object? cell) => cell switch
    {
        null => "",
        string text => text,
        int number => number.ToString(CultureInfo.CurrentCulture),
        double ratio => ratio.ToString("0.0###", CultureInfo.CurrentCulture),
        DateTimeOffset time => DisplayTime.Iso(time),
        _ => Convert.ToString(cell, CultureInfo.CurrentCulture) ?? "",
    };

    private static async Task WriteExcelAsync(Stream body, ExportTable table, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mspconsole-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var workbook = new XLWorkbook())
            {
                var sheet = workbook.Worksheets.Add(table.SheetName);
                for (var column = 0; column < table.Headers.Count; column++)
                {
                    SetCell(sheet.Cell(1, column + 1), table.Headers[column]);
                    sheet.Column(column + 1).Width = column == 0 ? 40 : 18;
                }

                sheet.Row(1).Style.Font.Bold = true;
                sheet.SheetView.FreezeRows(1);
                var rowNumber = 1;
                await foreach (var row in table.Rows.WithCancellation(cancellationToken))
                {
                    rowNumber++;
                    for (var column = 0; column < row.Length; column++)
                    {
                        SetCell(sheet.Cell(rowNumber, column + 1), row[column]);
                    }
                }

                workbook.SaveAs(path);
            }

            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await file.CopyToAsync(body, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int number:
                cell.SetValue(number);
                break;
            case double ratio:
                cell.SetValue(ratio);
                cell.Style.NumberFormat.Format = "0.0%";
                break;
            case DateTimeOffset time:
                // Excel dates carry no offset: the MSP's local time, shown in ISO 8601 with that instant's offset as a literal.
                var local = DisplayTime.Local(time);
                cell.SetValue(local.DateTime);
                cell.Style.DateFormat.Format = $"yyyy-mm-dd\\Thh:mm:ss\"{DisplayTime.Iso(time)[^6..]}\"";
                break;
            default:
                // Text cells, never formulas, and neutralised in case the file is re-saved as CSV.
                cell.SetValue(SpreadsheetSafety.Text(Convert.ToString(value, CultureInfo.CurrentCulture)));
                cell.DataType = XLDataType.Text;
                break;
        }
    }
}
