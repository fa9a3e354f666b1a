using MspConsole.Core.Reminders;

namespace MspConsole.Core.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    [Fact]
    public void IsInSendingWindow_OnlyOnChosenDaysAndHours()
    {
        var policy = new ReminderPolicy(Guid.NewGuid());
        policy.Configure(true, 7, 3, true, true, [DayOfWeek.Tuesday], 8, 12, null);

        Assert.True(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(policy.IsInSendingWindow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Configure_WithAWindowThatEndsBeforeItStarts_IsRefused()
    {
        var policy = new ReminderPolicy(Guid.NewGuid());

        Assert.Throws<ArgumentException>(() => policy.Configure(true, 7, 3, true, true, [DayOfWeek.Monday], 14, 9, null));
    }
}
