using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.Options;
using MspConsole.Core.Onboarding;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Reads an import file: UTF-8 only (strict: a Windows-1252 or UTF-16 file is refused, not misread), comma, semicolon
/// (Excel in Belgium) or tab separated, with a header naming the columns of <see cref="OnboardingFields"/>. Size and
/// row count are capped; quoting errors and rows with the wrong number of fields are reported by line. Field contents
/// are checked later, by <see cref="TenantDraftParser"/>.
/// </summary>
public sealed class TenantCsvReader(IOptions<OnboardingOptions> options)
{
    /// <summary>A safety net for the parser's buffers (an unclosed quote must not swallow the file); real limits per
    /// field are far lower and reported per row.</summary>
    private const int MaxRecordSize = 64 * 1024;
    private const string NotUtf8 = "The file is not UTF-8 text. In Excel choose \"CSV UTF-8\" when saving.";

    public CsvReadResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var settings = options.Value;
        if (content.Length == 0)
        {
            return Refused("The file is empty.");
        }

        if (content.Length > settings.ImportMaxBytes)
        {
            return Refused("The file is larger than {0} KB.", (settings.ImportMaxBytes / 1024).ToString(CultureInfo.InvariantCulture));
        }

        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            return Refused(NotUtf8);
        }

        var body = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? content[Encoding.UTF8.Preamble.Length..] : content;
        if (body.Contains((byte)0))
        {
            return Refused(NotUtf8);
        }

        try
        {
            return Parse(body, settings.ImportMaxRows);
        }
        catch (CsvFormatException)
        {
            return Refused("The file could not be read as CSV (a record is too long or the quoting is broken).");
        }
    }

    private static CsvReadResult Parse(byte[] body, int maxRows)
    {
        var problems = new List<LineProblem>();
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = true,
            MaxRecordSize = MaxRecordSize,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => malformed.Add(record),
        };

        using var csv = CsvReader.Create(body, options);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return Refused("The file has no header line.");
        }

        var columns = MapColumns(header, problems);
        if (problems.Count > 0)
        {
            return new CsvReadResult([], problems);
        }

        var rows = new List<(int Line, RawTenantFields Fields)>();
        while (csv.Read())
        {
            if (rows.Count + malformed.Count > maxRows)
            {
                return Refused("The file has more than {0} rows: split it.", maxRows.ToString(CultureInfo.InvariantCulture));
            }

            var fields = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Field(string name) => columns.TryGetValue(name, out var index) && index < fields.Length ? fields[index] : null;
            rows.Add(((int)csv.LineNumber, new RawTenantFields(
                Field(OnboardingFields.Domain), Field(OnboardingFields.TenantId), Field(OnboardingFields.Name),
                Field(OnboardingFields.ContractOwner), Field(OnboardingFields.CustomerItContact), Field(OnboardingFields.Language),
                Field(OnboardingFields.Tags), Field(OnboardingFields.AccountManagers))));
        }

        if (rows.Count + malformed.Count > maxRows)
        {
            return Refused("The file has more than {0} rows: split it.", maxRows.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var record in malformed)
        {
            problems.Add(record.Reason == CsvMalformedReason.FieldCountMismatch
                ? new LineProblem((int)record.LineNumber, "", "This row does not have the {0} fields of the header.", [header.Length.ToString(CultureInfo.InvariantCulture)])
                : new LineProblem((int)record.LineNumber, "", "A quote is misplaced: put fields holding quotes, commas or semicolons in double quotes.", []));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            return Refused("The file has no data rows.");
        }

        return new CsvReadResult(rows, problems);
    }

    private static Dictionary<string, int> MapColumns(string[] header, List<LineProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Length; index++)
        {
            var name = OnboardingFields.All.FirstOrDefault(f => string.Equals(f, header[index].Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                problems.Add(new LineProblem(1, "", "Unknown column \"{0}\". Columns: {1}.", [Shorten(header[index]), string.Join(", ", OnboardingFields.All)]));
            }
            else if (!columns.TryAdd(name, index))
            {
                problems.Add(new LineProblem(1, name, "The column appears twice.", []));
            }
        }

        if (!columns.ContainsKey(OnboardingFields.Name))
        {
            problems.Add(new LineProblem(1, OnboardingFields.Name, "The column is missing.", []));
        }

        if (!columns.ContainsKey(OnboardingFields.Domain) && !columns.ContainsKey(OnboardingFields.TenantId))
        {
            problems.Add(new LineProblem(1, OnboardingFields.Domain, "A Domain or TenantId column is needed.", []));
        }

        return columns;
    }

    private static CsvReadResult Refused(string message, params string[] arguments) =>
        new([], [new LineProblem(0, "", message, arguments)]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>The template offered for download: the header and one example row.</summary>
    public static string Template() =>
        string.Join(',', OnboardingFields.All) + "\r\n"
        + "contoso.be,,Contoso Verzekeringen,Msp,,nl,brokers;gold,anna.vermeulen@msp.example\r\n"
        + ",72f988bf-86f1-41af-91ab-2d7cd011db47,Fabrikam Courtiers,CustomerIt,Call Marc on +32 2 555 01 23,fr,brokers,\r\n";
}
