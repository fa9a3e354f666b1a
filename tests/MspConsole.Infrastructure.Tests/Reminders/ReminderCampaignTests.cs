using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Reminders;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Tests.Reminders;

public sealed class ReminderCampaignTests
{
    private const int MaxReminders = 2;
    private static readonly DayOfWeek[] SendDays = [DayOfWeek.Monday, DayOfWeek.Wednesday];
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public async Task Campaign_OverFourSimulatedWeeks_RemindsOnlyTheStillNonCompliant_AtMostTheMaximum_OnTheGivenDaysAndHours()
    {
        // Sunday 29 November 2026, midnight UTC: the first run that can send is Monday 09:00.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var tenantId = bed.SenderTenant;
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        await ConfigureCampaignAsync(bed, tenantId);
        var initiallyDue = await NonCompliantMembersAsync(bed, tenantId);
        Assert.True(initiallyDue.Count >= 4, "too few non-compliant users in the tenant: the test proves nothing");
        HashSet<string>? registeredInWeekTwo = null;
        DateTimeOffset registeredAt = default;

        for (var hour = 1; hour <= 28 * 24; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            var now = clock.GetUtcNow();
            if (now.Hour == 0)
            {
                await bed.Harness.PollAsync(tenantId, cancellation);
            }

            if (now == new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero))
            {
                // Monday of week two, before the sending window: some users register, and the console polls.
                bed.Harness.Simulator.State.RegisterUsers(tenantId, 3);
                await bed.Harness.PollAsync(tenantId, cancellation);
                registeredInWeekTwo = [.. initiallyDue.Except(await NonCompliantMembersAsync(bed, tenantId))];
                registeredAt = now;
            }

            await using var scope = bed.Harness.Services.CreateAsyncScope();
            var runner = scope.ServiceProvider.GetRequiredService<ReminderCampaignRunner>();
            foreach (var due in await runner.DueTenantsAsync(cancellation))
            {
                await runner.RunTenantAsync(due, cancellation);
            }
        }

        var sent = (await bed.RemindersAsync(cancellation)).Where(r => r.Outcome == ReminderOutcome.Sent).ToList();
        Assert.NotNull(registeredInWeekTwo);
        Assert.NotEmpty(registeredInWeekTwo);
        Assert.All(sent, r =>
        {
            Assert.Contains(r.SentAt!.Value.DayOfWeek, SendDays);
            // Sending hours are Brussels hours (Display:TimeZone's default).
            Assert.InRange(TimeZoneInfo.ConvertTime(r.SentAt.Value, Brussels).Hour, 9, 10);
            Assert.Equal(ReminderCampaign.ActorName, r.RequestedBy);
        });
        var perUser = sent.GroupBy(r => r.UserObjectId).ToDictionary(g => g.Key, g => g.Select(r => r.SentAt!.Value).Order().ToList());
        Assert.All(perUser.Values, times => Assert.InRange(times.Count, 1, MaxReminders));
        foreach (var userId in initiallyDue.Except(registeredInWeekTwo))
        {
            // Still non-compliant throughout: the maximum, a cadence apart.
            Assert.Equal(MaxReminders, perUser[userId].Count);
            Assert.True(perUser[userId][1] - perUser[userId][0] >= TimeSpan.FromDays(7) - ReminderPolicy.CadenceTolerance);
        }

        foreach (var userId in registeredInWeekTwo)
        {
            Assert.All(perUser.GetValueOrDefault(userId) ?? [], at => Assert.True(at < registeredAt, $"{userId} was reminded after registering"));
        }

        Assert.Equal(sent.Count, bed.Harness.Simulator.State.Outbox.Count);
        await using var db = bed.Harness.CreateDbContext();
        var runs = await db.AuditEntries.CountAsync(e => e.Action == ReminderAuditActions.CampaignRun, cancellation);
        Assert.Equal(await db.ReminderBatches.CountAsync(b => b.Kind == ReminderBatchKind.Campaign, cancellation), runs);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Campaign_OutsideItsHours_OrWithStaleData_SendsNothing()
    {
        // Monday 30 November 2026, 08:00 in Brussels: an hour before the window.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        await using var bed = await ReminderTestBed.StartAsync(time: clock);
        var tenantId = bed.SenderTenant;
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        await ConfigureCampaignAsync(bed, tenantId);
        await using var scope = bed.Harness.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ReminderCampaignRunner>();

        var early = await runner.RunTenantAsync(tenantId, cancellation);
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1)); // Wednesday 09:00, but the last poll is two days old.
        var stale = await runner.RunTenantAsync(tenantId, cancellation);

        Assert.Null(early);
        Assert.Null(stale);
        Assert.Empty(bed.Harness.Simulator.State.Outbox);
    }

    private static async Task ConfigureCampaignAsync(ReminderTestBed bed, Guid tenantId)
    {
        await using var db = bed.Harness.CreateDbContext();
        var policy = new ReminderPolicy(tenantId);
        policy.Configure(enabled: true, cadenceDays: 7, MaxReminders, targetNotRegistered: true, targetSingleMethod: true, SendDays, sendFromHour: 9, sendToHour: 11, senderMailbox: null);
        db.ReminderPolicies.Add(policy);
        await db.SaveChangesAsync();
    }

    private static async Task<HashSet<string>> NonCompliantMembersAsync(ReminderTestBed bed, Guid tenantId)
    {
        await using var db = bed.Harness.CreateDbContext();
        return [.. await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && !u.IsGuest && u.RemovedAt == null && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
            .Select(u => u.ObjectId).ToListAsync()];
    }
}
