using System.Globalization;

namespace MspConsole.Web.Shared;

/// <summary>Shows stored UTC times in Belgian local time, formatted by the UI culture.</summary>
public static class DisplayTime
{
    private static readonly TimeZoneInfo Brussels = FindBrussels();

    public static string Format(DateTimeOffset? value) =>
        value is null ? "—" : TimeZoneInfo.ConvertTime(value.Value, Brussels).ToString("g", CultureInfo.CurrentCulture);

    public static string Iso(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture) ?? "";

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    private static TimeZoneInfo FindBrussels()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata still renders, in UTC.
            return TimeZoneInfo.Utc;
        }
    }
}
