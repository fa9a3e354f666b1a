using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure;

/// <summary>
/// Section "Display": the MSP's time zone (an IANA or Windows id). Pages, day filters and exports show time in it, and
/// campaign sending hours are hours of its day.
/// </summary>
public sealed class DisplayOptions
{
    public const string Section = "Display";

    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";

    /// <summary>The zone; validated at start, so it exists once the app runs.</summary>
    public TimeZoneInfo Zone => Find(TimeZone) ?? throw new InvalidOperationException($"Unknown time zone {TimeZone}.");

    public static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
