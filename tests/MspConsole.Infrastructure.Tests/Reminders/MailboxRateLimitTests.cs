using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Reminders;
using MspConsole.Core.Reports;
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

        var batch = await FakeClockPump.RunWhenIdleAsync(
            clock, bed.SendToTenantAsync(tenantId, cancellation), () => bed.Harness.Simulator.State.Outbox.Count, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(3));

        var times = SentTimes(bed);
        Assert.True(times.Count >= 70, $"only {times.Count} mails were sent: the test proves nothing");
        Assert.Equal(batch.Sent, times.Count);
        Assert.True(BusiestMinute(times) <= 30, $"{BusiestMinute(times)} mails within one minute");
        Assert.True(times[^1] - times[0] >= 2 * Minute, "70 mails at 30 a minute take over two minutes");
    }

    [Fact]
    public async Task SendFromTwoInstances_NinetyRemindersFromOneMailbox_NeverMoreThanThirtyInAnyMinute_AndAllAreSent()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var tenantId = bed.SenderTenant;
        var upns = Enumerable.Range(0, 90).Select(i => bed.Harness.Simulator.State.AddUser(tenantId, $"Ontvanger {i:D2}")!.UserPrincipalName).ToList();
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        List<string> objectIds;
        await using (var db = bed.Harness.CreateDbContext())
        {
            objectIds = await db.TenantUsers.Where(u => u.TenantId == tenantId && upns.Contains(u.UserPrincipalName)).Select(u => u.ObjectId).ToListAsync(cancellation);
        }

        Assert.Equal(90, objectIds.Count);
        await using var second = bed.Harness.CreateInstance();
        var both = Task.WhenAll(
            ReminderTestBed.SendToUsersAsync(bed.Harness.Services, tenantId, objectIds[..45], cancellation),
            ReminderTestBed.SendToUsersAsync(second, tenantId, objectIds[45..], cancellation));
        // The clock moves only while no mail goes out: without shared state, both instances would send 30 in the same instant.
        var batches = await FakeClockPump.RunWhenIdleAsync(
            clock, both, () => bed.Harness.Simulator.State.Outbox.Count, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5));

        var times = SentTimes(bed);
        Assert.Equal([45, 45], batches.Select(b => b.Sent));
        Assert.Equal(90, times.Count);
        var busiest = BusiestMinute(times);
        TestContext.Current.TestOutputHelper?.WriteLine($"two instances, 90 reminders: busiest minute {busiest}, first to last {(times[^1] - times[0]).TotalSeconds} s");
        Assert.True(busiest <= 30, $"{busiest} mails within one minute");
        Assert.True(times[^1] - times[0] >= 2 * Minute, "90 mails at 30 a minute take over two minutes");
        var reminders = await bed.RemindersAsync(cancellation);
        // Each slot was recorded and, once the call had ended, moved to a minute past its end (which is before SentAt is taken).
        Assert.All(reminders, r => Assert.InRange(r.SendSlotUntil!.Value, r.SentAt!.Value + Minute - TimeSpan.FromSeconds(30), r.SentAt.Value + Minute));
    }

    [Fact]
    public async Task Acquire_AfterAnInstanceCrashedWithThirtySendsInFlight_GetsASlotWhenTheirMinuteIsOver()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var ids = await QueueRemindersAsync(bed, 31);
        var crashed = bed.Harness.CreateInstance();
        var crashedLimiter = crashed.GetRequiredService<MailboxRateLimiter>();
        for (var i = 0; i < 30; i++)
        {
            // Leases never disposed: the sends never finish.
            _ = await crashedLimiter.AcquireAsync(bed.SenderMailbox, ids[i], cancellation);
        }

        await crashed.DisposeAsync(); // The process is gone: nothing renews its slots.
        var log = new LimiterWaitLog();
        await using var survivor = bed.Harness.CreateInstance(log.AddTo);

        var waiting = survivor.GetRequiredService<MailboxRateLimiter>().AcquireAsync(bed.SenderMailbox, ids[30], cancellation);
        await log.WaitForWaitsAsync(1, cancellation);
        clock.Advance(Minute - TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await (await waiting.WaitAsync(TimeSpan.FromSeconds(30), cancellation)).DisposeAsync();

        Assert.Contains("at 30/min (30 slots taken across instances), waiting 60 s", log.Waits[0], StringComparison.Ordinal);
        var reminders = await bed.RemindersAsync(cancellation);
        Assert.All(reminders.Where(r => r.Id != ids[30]), r => Assert.Equal(TestClock.Now + Minute, r.SendSlotUntil));
        Assert.Equal(TestClock.Now + 2 * Minute, reminders.Single(r => r.Id == ids[30]).SendSlotUntil);
    }

    [Fact]
    public async Task Acquire_CancelledWhileWaiting_RecordsNothing()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var ids = await QueueRemindersAsync(bed, 31);
        var limiter = bed.Harness.Services.GetRequiredService<MailboxRateLimiter>();
        foreach (var id in ids[..30])
        {
            await (await limiter.AcquireAsync(bed.SenderMailbox, id, cancellation)).DisposeAsync();
        }

        var log = new LimiterWaitLog();
        await using var other = bed.Harness.CreateInstance(log.AddTo);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var waiting = other.GetRequiredService<MailboxRateLimiter>().AcquireAsync(bed.SenderMailbox, ids[30], cancel.Token);
        await log.WaitForWaitsAsync(1, cancellation);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var reminder = (await bed.RemindersAsync(cancellation)).Single(r => r.Id == ids[30]);
        Assert.Null(reminder.SendSlotUntil);
        Assert.Equal("", reminder.SenderMailbox);
    }

    [Fact]
    public async Task Acquire_OtherMailbox_IsNotHeldUpByAFullOne()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock, settings: new Dictionary<string, string?> { ["Reminders:MessagesPerMinutePerMailbox"] = "2" });
        var ids = await QueueRemindersAsync(bed, 4);
        var log = new LimiterWaitLog();
        await using var instance = bed.Harness.CreateInstance(log.AddTo);
        var limiter = instance.GetRequiredService<MailboxRateLimiter>();
        await (await limiter.AcquireAsync("a@msp.example", ids[0], cancellation)).DisposeAsync();
        await (await limiter.AcquireAsync("a@msp.example", ids[1], cancellation)).DisposeAsync();

        var third = limiter.AcquireAsync("a@msp.example", ids[2], cancellation);
        await log.WaitForWaitsAsync(1, cancellation);
        await (await limiter.AcquireAsync("b@msp.example", ids[3], cancellation).WaitAsync(TimeSpan.FromSeconds(30), cancellation)).DisposeAsync();

        Assert.False(third.IsCompleted);
        clock.Advance(Minute);
        await (await third.WaitAsync(TimeSpan.FromSeconds(30), cancellation)).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_TheSameMailboxSpelledInAnotherCase_SharesItsLimit()
    {
        // Exchange treats addresses case-insensitively: two policies spelling one mailbox differently are one mailbox.
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock, settings: new Dictionary<string, string?> { ["Reminders:MessagesPerMinutePerMailbox"] = "2" });
        var ids = await QueueRemindersAsync(bed, 3);
        var limiter = bed.Harness.Services.GetRequiredService<MailboxRateLimiter>();
        await (await limiter.AcquireAsync("reminders@msp.example", ids[0], cancellation)).DisposeAsync();
        await (await limiter.AcquireAsync("reminders@msp.example", ids[1], cancellation)).DisposeAsync();
        var log = new LimiterWaitLog();
        await using var other = bed.Harness.CreateInstance(log.AddTo);

        var third = other.GetRequiredService<MailboxRateLimiter>().AcquireAsync("Reminders@MSP.example", ids[2], cancellation);
        await log.WaitForWaitsAsync(1, cancellation);

        Assert.False(third.IsCompleted);
        clock.Advance(Minute);
        await (await third.WaitAsync(TimeSpan.FromSeconds(30), cancellation)).DisposeAsync();
    }

    [Fact]
    public async Task Acquire_ReportMailsAndRemindersFromOneMailbox_ShareItsLimit()
    {
        var clock = new FakeTimeProvider(TestClock.Now);
        await using var bed = await ReminderTestBed.StartAsync(time: clock, settings: new Dictionary<string, string?> { ["Reminders:MessagesPerMinutePerMailbox"] = "2" });
        var ids = await QueueRemindersAsync(bed, 2);
        await using (var db = bed.Harness.CreateDbContext())
        {
            db.CustomerReportSubscriptions.Add(new CustomerReportSubscription(bed.SenderTenant));
            await db.SaveChangesAsync(cancellation);
        }

        var limiter = bed.Harness.Services.GetRequiredService<MailboxRateLimiter>();
        await (await limiter.AcquireForReportAsync(bed.SenderMailbox, bed.SenderTenant, cancellation)).DisposeAsync();
        await (await limiter.AcquireAsync(bed.SenderMailbox, ids[0], cancellation)).DisposeAsync();
        var log = new LimiterWaitLog();
        await using var other = bed.Harness.CreateInstance(log.AddTo);

        var third = other.GetRequiredService<MailboxRateLimiter>().AcquireAsync(bed.SenderMailbox, ids[1], cancellation);
        await log.WaitForWaitsAsync(1, cancellation);

        Assert.False(third.IsCompleted);
        await using (var db = bed.Harness.CreateDbContext())
        {
            var report = await db.CustomerReportSubscriptions.AsNoTracking().SingleAsync(s => s.TenantId == bed.SenderTenant, cancellation);
            Assert.Equal(bed.SenderMailbox, report.SenderMailbox);
            Assert.Equal(TestClock.Now + Minute, report.SendSlotUntil);
        }

        clock.Advance(Minute);
        await (await third.WaitAsync(TimeSpan.FromSeconds(30), cancellation)).DisposeAsync();
    }

    private static List<DateTimeOffset> SentTimes(ReminderTestBed bed) =>
        bed.Harness.Simulator.State.Outbox.Where(m => string.Equals(m.Sender, bed.SenderMailbox, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.SentDateTime).Order().ToList();

    /// <summary>The most mails in any 60 seconds: every window (t - 60 s, t] that ends on a mail.</summary>
    private static int BusiestMinute(List<DateTimeOffset> times) =>
        times.Max(t => times.Count(other => other > t - Minute && other <= t));

    /// <summary>Queued reminders (no sender yet) for users of the sender's tenant, as a send request leaves them.</summary>
    private async Task<List<long>> QueueRemindersAsync(ReminderTestBed bed, int count)
    {
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await using var db = bed.Harness.CreateDbContext();
        var batch = new ReminderBatch(ReminderBatchKind.Manual, ReminderTarget.Users, bed.SenderTenant, ReminderTestBed.Helpdesk, "Rate limit", TestClock.Now);
        var reminders = Enumerable.Range(0, count).Select(i => Reminder.Queue(bed.SenderTenant, $"user-{i}", batch.Id, "hugo.helpdesk@msp.example", TestClock.Now)).ToList();
        db.ReminderBatches.Add(batch);
        db.Reminders.AddRange(reminders);
        await db.SaveChangesAsync(cancellation);
        return reminders.Select(r => r.Id).ToList();
    }
}
