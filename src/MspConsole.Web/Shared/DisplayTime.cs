using System.Globalization;
using MspConsole.Infrastructure;

namespace MspConsole.Web.Shared;

/// <summary>
/// Shows stored UTC times in the MSP's time zone (Display:TimeZone, Europe/Brussels by default), formatted by the UI culture.
/// Views and exports call it statically, so the zone is set once at start (<see cref="Use"/>) before any request is served.
/// </summary>
public static class DisplayTime
{
    public static TimeZoneInfo Zone { get; private set; } = new DisplayOptions().Zone;

    /// <summary>The zone's name as pages show it next to times and filters, with its current offset: "Europe/Brussels, UTC+01:00".</summary>
    public static string ZoneName(DateTimeOffset now) => $"{Zone.Id}, UTC{Offset(Zone.GetUtcOffset(now))}";

    public static void Use(TimeZoneInfo zone) => Zone = zone;

    public static DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    public static string Format(DateTimeOffset? value) =>
        value is null ? "—" : Local(value.Value).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>ISO 8601 in the MSP's zone with its offset (2026-03-29T09:30:00+02:00): for time elements and exports.</summary>
    public static string Iso(DateTimeOffset? value) => value is null ? "" : Local(value.Value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The instant a local calendar day starts in the MSP's zone: day filters mean the MSP's days, not UTC's.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
