using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Infrastructure.Reminders;
using MspConsole.TestKit.Builders;

namespace MspConsole.Infrastructure.Tests.Reminders;

public sealed class MailboxRateLimitTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendToTenant_SeventyUsers_NeverMoreThanThirtyMailsInAnyMinute_AsTheSimulatorReceivedThem()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var tenantId = bed.SenderTenant;
        for (var i = 0; i < 70; i++)
        {
            bed.Harness.Simulator.State.AddUser(tenantId, $"Gebruiker {i:D2}");
        }

        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);

        var batch = await FakeClockPump.RunAsync(clock, bed.SendToTenantAsync(tenantId, cancellation), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(3));

        var times = bed.Harness.Simulator.State.Outbox.Where(m => string.Equals(m.Sender, bed.SenderMailbox, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.SentDateTime).Order().ToList();
        Assert.True(times.Count >= 70, $"only {times.Count} mails were sent: the test proves nothing");
        Assert.Equal(batch.Sent, times.Count);
        var busiestMinute = times.Max(t => times.Count(other => other > t - Minute && other <= t));
        Assert.True(busiestMinute <= 30, $"{busiestMinute} mails within one minute");
        Assert.True(times[^1] - times[0] >= 2 * Minute, "70 mails at 30 a minute take over two minutes");
    }

    [Fact]
    public async Task Acquire_SeededWithRecentSendsOfAnotherInstance_WaitsForThemToLeaveTheWindow()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        var limiter = new MailboxRateLimiter(clock, Options.Create(new ReminderOptions { MessagesPerMinutePerMailbox = 30 }));
        IReadOnlyList<DateTimeOffset> recent = [.. Enumerable.Range(0, 30).Select(i => TestClock.Now.AddSeconds(-50 + i))];

        var waiting = limiter.AcquireAsync("sender@msp.example", _ => Task.FromResult(recent), cancellation);
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await using var lease = await waiting.WaitAsync(TimeSpan.FromSeconds(10), cancellation);

        Assert.Equal(TestClock.Now.AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task Acquire_OtherMailbox_IsNotHeldUpByAFullOne()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        var limiter = new MailboxRateLimiter(clock, Options.Create(new ReminderOptions { MessagesPerMinutePerMailbox = 2 }));
        static Task<IReadOnlyList<DateTimeOffset>> None(CancellationToken _) => Task.FromResult<IReadOnlyList<DateTimeOffset>>([]);
        await (await limiter.AcquireAsync("a@msp.example", None, cancellation)).DisposeAsync();
        await (await limiter.AcquireAsync("a@msp.example", None, cancellation)).DisposeAsync();

        var third = limiter.AcquireAsync("a@msp.example", None, cancellation);
        var other = limiter.AcquireAsync("b@msp.example", None, cancellation);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);
        clock.Advance(Minute);
        await (await third.WaitAsync(TimeSpan.FromSeconds(10), cancellation)).DisposeAsync();
    }
}
