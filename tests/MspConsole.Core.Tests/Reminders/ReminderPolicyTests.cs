using MspConsole.Core.Reminders;

namespace MspConsole.Core.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public void IsInSendingWindow_OnlyOnChosenDaysAndHours()
    {
        var policy = new ReminderPolicy(Guid.NewGuid());
        policy.Configure(true, 7, 3, true, true, [DayOfWeek.Tuesday], 8, 12, null);

        Assert.True(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }

    [Fact]
    public void IsInSendingWindow_HoursAreLocalHours_InWinterAndInSummer()
    {
        var policy = new ReminderPolicy(Guid.NewGuid());
        policy.Configure(true, 7, 3, true, true, [DayOfWeek.Tuesday], 8, 17, null);

        // 08:00 in Brussels is 07:00 UTC in winter and 06:00 UTC in summer.
        Assert.True(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), Brussels));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 6, 59, 0, TimeSpan.Zero), Brussels));
        Assert.True(policy.IsInSendingWindow(new DateTimeOffset(2026, 6, 30, 6, 0, 0, TimeSpan.Zero), Brussels));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 6, 30, 15, 0, 0, TimeSpan.Zero), Brussels));
    }

    [Fact]
    public void Configure_WithAWindowThatEndsBeforeItStarts_IsRefused()
    {
        var policy = new ReminderPolicy(Guid.NewGuid());

        Assert.Throws<ArgumentException>(() => policy.Configure(true, 7, 3, true, true, [DayOfWeek.Monday], 14, 9, null));
    }
}
