using System.Text;
using System.Text.RegularExpressions;

namespace MspConsole.Core.Actions;

/// <summary>Phone numbers as Graph wants them (<c>+{cc} {number}[x{ext}]</c>) and as the audit log keeps them (masked).</summary>
public static partial class PhoneNumbers
{
    /// <summary>Turns what an engineer types ("+32 470 12 34 56", "+32 (0)470/12.34.56") into Graph's format, or null when it cannot.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var trimmed = input.Trim().Replace("(0)", " ", StringComparison.Ordinal);
        var match = InputPattern().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in match.Groups["number"].Value.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        var extension = match.Groups["ext"].Success ? "x" + match.Groups["ext"].Value : "";
        var normalized = $"+{match.Groups["cc"].Value} {digits}{extension}";
        return GraphPattern().IsMatch(normalized) ? normalized : null;
    }

    /// <summary>Country code and the last two digits only: enough to tell numbers apart in the audit log.</summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }

        var space = number.IndexOf(' ', StringComparison.Ordinal);
        var countryCode = space > 0 ? number[..space] : "";
        var digits = new string([.. number[(space + 1)..].TakeWhile(c => c != 'x').Where(char.IsAsciiDigit)]);
        var tail = digits.Length > 2 ? digits[^2..] : "";
        return $"{countryCode} {new string('*', Math.Max(0, digits.Length - tail.Length))}{tail}".Trim();
    }

    [GeneratedRegex(@"^\+(?<cc>[1-9][0-9]{0,2})[ \-/.]+(?<number>[0-9][0-9 \-/.]{3,30})(?:\s*(?:x|ext\.?)\s*(?<ext>[0-9]{1,10}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{0,2} [0-9]{4,15}(x[0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex GraphPattern();
}
