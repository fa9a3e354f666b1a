using MspConsole.Web.Shared;

namespace MspConsole.Web.Tests.Shared;

/// <summary>Times are shown, filtered and exported in the MSP's zone (Europe/Brussels by default), with the offset written out.</summary>
public sealed class DisplayTimeTests
{
    [Fact]
    public void Iso_InSummer_WritesBrusselsTimeWithItsOffset() =>
        Assert.Equal("2026-07-01T12:00:00+02:00", DisplayTime.Iso(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Iso_InWinter_WritesBrusselsTimeWithItsOffset() =>
        Assert.Equal("2026-01-15T00:30:00+01:00", DisplayTime.Iso(new DateTimeOffset(2026, 1, 14, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void StartOf_ALocalDay_IsMidnightInBrussels()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 0, 0, TimeSpan.Zero), DisplayTime.StartOf(new DateOnly(2026, 1, 15)));
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), DisplayTime.StartOf(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void ZoneName_NamesTheZoneAndItsOffsetAtThatInstant() =>
        Assert.Equal("Europe/Brussels, UTC+02:00", DisplayTime.ZoneName(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));
}
