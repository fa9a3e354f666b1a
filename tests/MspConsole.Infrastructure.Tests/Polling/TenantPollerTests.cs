using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Harness;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Infrastructure.Tests.Polling;

public sealed class TenantPollerTests
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Poll_MultiTenantDataset_EveryUserEqualsGroundTruth()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 8, Seed = 7 });
        var tenantIds = await harness.OnboardAllTenantsAsync(cancellation);

        foreach (var tenantId in tenantIds)
        {
            await harness.PollAsync(tenantId, cancellation);
        }

        var summaries = harness.Simulator.State.GetTenantSummaries();
        Assert.Contains(summaries, s => s.Consented && !s.Licensed);
        foreach (var summary in summaries.Where(s => s.Consented))
        {
            await AssertTenantEqualsGroundTruthAsync(harness, summary.Id);
        }
    }

    [Fact]
    public async Task Poll_UnlicensedTenant_FallsBackToPerUserMethods_WithTheSameStatuses()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 7 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var unlicensed = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented && !s.Licensed);

        var result = await harness.PollAsync(unlicensed.Id, cancellation);

        Assert.Equal(PollOutcome.Succeeded, result.Outcome);
        await using var db = harness.CreateDbContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == unlicensed.Id, cancellation);
        Assert.Equal(DataSource.PerUserFallback, tenant.DataSource);
        await AssertTenantEqualsGroundTruthAsync(harness, unlicensed.Id);
        var expectedPerUser = harness.Simulator.State.GetUsers(unlicensed.Id)!
            .Count(u => u.AccountEnabled && u.UserType == "Member" && u.PerUserMfaState is "enforced" or "enabled");
        var snapshot = await db.TenantSnapshots.SingleAsync(s => s.TenantId == unlicensed.Id, cancellation);
        Assert.Equal(expectedPerUser, snapshot.PerUserMfaEnforced);
    }

    [Fact]
    public async Task Poll_WithThrottlingServerErrorsAndLatency_EndsEqualToGroundTruth_WithoutDuplicates()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions
        {
            Tenants = 3,
            Seed = 11,
            ThrottleEnabled = true,
            ThrottleBudget = 8,
            ThrottleWindow = TimeSpan.FromSeconds(1),
            ServerErrorRate = 0.15,
            LatencyMilliseconds = 5,
            ReportPageSize = 5,
        });
        var tenantIds = await harness.OnboardAllTenantsAsync(cancellation);

        foreach (var tenantId in tenantIds)
        {
            await harness.PollWithRetriesAsync(tenantId, maxAttempts: 10, cancellation);
        }

        var stats = harness.Simulator.State.Faults.RequestStats();
        Assert.True(stats.Sum(s => s.Throttled) > 0, "the simulator never throttled: the test proves nothing");
        Assert.True(stats.Sum(s => s.ServerErrors) > 0, "the simulator never failed a request: the test proves nothing");
        foreach (var summary in harness.Simulator.State.GetTenantSummaries().Where(s => s.Consented))
        {
            await AssertTenantEqualsGroundTruthAsync(harness, summary.Id);
        }

        await using var db = harness.CreateDbContext();
        Assert.True(await db.PollRuns.AnyAsync(r => r.ThrottledRetries > 0, cancellation), "no run recorded a throttled retry");
    }

    [Fact]
    public async Task Poll_StoppedMidwayAndRestarted_EndsWithCorrectData()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 7, LatencyMilliseconds = 40, ReportPageSize = 20 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var largest = harness.Simulator.State.GetTenantSummaries().Where(s => s.Consented && s.Licensed).MaxBy(s => s.UserCount)!;
        Assert.True(largest.UserCount > 100, "the largest tenant must need several pages");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var stopped = harness.PollAsync(largest.Id, stop.Token);
        await WaitUntilAsync(async () =>
        {
            await using var db = harness.CreateDbContext();
            return await db.PollRuns.AnyAsync(r => r.TenantId == largest.Id && r.Pages >= 2, cancellation);
        });
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped);
        harness.Simulator.State.RegisterUsers(largest.Id, 5);

        await harness.RestartAsync();
        var result = await harness.PollAsync(largest.Id, cancellation);

        Assert.Equal(PollOutcome.Succeeded, result.Outcome);
        await AssertTenantEqualsGroundTruthAsync(harness, largest.Id);
        await using var check = harness.CreateDbContext();
        var runs = await check.PollRuns.Where(r => r.TenantId == largest.Id).OrderBy(r => r.Id).ToListAsync(cancellation);
        Assert.Equal([PollOutcome.Failed, PollOutcome.Succeeded], runs.Select(r => r.Outcome));
        Assert.Contains("shut down", runs[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_WritesEveryUsersSearchTerms_FromTheirNameAndUpn_OnceWhileTheyStayTheSame()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenant = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented);
        await harness.PollAsync(tenant.Id, cancellation);
        await harness.PollAsync(tenant.Id, cancellation);

        await using var db = harness.CreateDbContext();
        var users = await db.TenantUsers.AsNoTracking().Where(u => u.TenantId == tenant.Id).ToListAsync(cancellation);
        var terms = (await db.UserSearchTerms.AsNoTracking().Where(t => t.TenantId == tenant.Id).ToListAsync(cancellation)).ToLookup(t => t.TenantUserId);
        Assert.NotEmpty(users);
        Assert.All(users, user =>
        {
            Assert.True(user.SearchTermsCurrent);
            Assert.Equal(
                SearchTerms.Of(user.DisplayName, user.UserPrincipalName).Select(t => (t.Text, t.IsFullName)).Order(),
                terms[user.Id].Select(t => (t.Term, t.IsFullName)).Order());
        });
    }

    [Fact]
    public async Task Poll_Repeated_UnchangedUsersAreSeenAgain_AndAUserWhoRegisteredMeanwhileGetsTheNewStatus()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenant = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented && s.Licensed);
        await harness.PollAsync(tenant.Id, cancellation);
        Assert.Equal(1, harness.Simulator.State.RegisterUsers(tenant.Id, 1));

        var second = await harness.PollAsync(tenant.Id, cancellation);

        await using var db = harness.CreateDbContext();
        var run = await db.PollRuns.SingleAsync(r => r.Id == second.RunId, cancellation);
        Assert.Equal(0, run.RemovedUsers);
        var enabled = await db.TenantUsers.AsNoTracking().Where(u => u.TenantId == tenant.Id && u.DisabledAt == null).ToListAsync(cancellation);
        Assert.All(enabled, user => Assert.Equal(run.StartedAt, user.LastSeenAt));
        await AssertTenantEqualsGroundTruthAsync(harness, tenant.Id);
    }

    [Fact]
    public async Task Poll_UserRemovedFromTenant_IsMarkedRemovedNotDeleted()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenant = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented);
        await harness.PollAsync(tenant.Id, cancellation);
        var leaver = harness.Simulator.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled);

        harness.Simulator.State.RemoveUser(tenant.Id, leaver.Id);
        await harness.PollAsync(tenant.Id, cancellation);

        await using var db = harness.CreateDbContext();
        var stored = await db.TenantUsers.SingleAsync(u => u.TenantId == tenant.Id && u.ObjectId == leaver.Id.ToString(), cancellation);
        Assert.NotNull(stored.RemovedAt);
        var lastRun = await db.PollRuns.Where(r => r.TenantId == tenant.Id).OrderByDescending(r => r.Id).FirstAsync(cancellation);
        Assert.Equal(1, lastRun.RemovedUsers);
        await AssertTenantEqualsGroundTruthAsync(harness, tenant.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Poll_UserDisabledAndAnotherReenabledBetweenPolls_FirstIsDisabledWithHistoryAndOutOfFigures_SecondGetsItsStatusBack(bool licensed)
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 7 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var state = harness.Simulator.State;
        var tenant = state.GetTenantSummaries().Where(s => s.Consented && s.Licensed == licensed).MaxBy(s => s.UserCount)!;
        await harness.PollAsync(tenant.Id, cancellation);
        var enabled = state.GetUsers(tenant.Id)!.Where(u => u.AccountEnabled && u.UserType == "Member").ToList();
        var leaver = enabled.First(u => GroundTruth.ExpectedStatus(u) == MfaStatus.Resilient);
        var returner = enabled.First(u => GroundTruth.ExpectedStatus(u) == MfaStatus.SingleMethod);
        Assert.True(state.SetAccountEnabled(tenant.Id, returner.Id, enabled: false));
        await harness.PollAsync(tenant.Id, cancellation);
        var leaverBefore = await StoredAsync(harness, tenant.Id, leaver.Id);
        Assert.Equal(MfaStatus.Disabled, (await StoredAsync(harness, tenant.Id, returner.Id)).Status);

        Assert.True(state.SetAccountEnabled(tenant.Id, leaver.Id, enabled: false));
        Assert.True(state.SetAccountEnabled(tenant.Id, returner.Id, enabled: true));
        var result = await harness.PollAsync(tenant.Id, cancellation);

        Assert.Equal(PollOutcome.Succeeded, result.Outcome);
        var leaverAfter = await StoredAsync(harness, tenant.Id, leaver.Id);
        Assert.Equal(MfaStatus.Disabled, leaverAfter.Status);
        Assert.Null(leaverAfter.RemovedAt);
        Assert.NotNull(leaverAfter.DisabledAt);
        Assert.Equal((leaverBefore.Id, leaverBefore.FirstSeenAt, leaverBefore.IsAdmin), (leaverAfter.Id, leaverAfter.FirstSeenAt, leaverAfter.IsAdmin));
        Assert.Equal(leaverBefore.MethodsRegistered, leaverAfter.MethodsRegistered);
        var returnerAfter = await StoredAsync(harness, tenant.Id, returner.Id);
        Assert.Equal(MfaStatus.SingleMethod, returnerAfter.Status);
        Assert.Null(returnerAfter.DisabledAt);
        Assert.Null(returnerAfter.RemovedAt);

        await using var db = harness.CreateDbContext();
        var lastRun = await db.PollRuns.Where(r => r.TenantId == tenant.Id).OrderByDescending(r => r.Id).FirstAsync(cancellation);
        Assert.Equal(0, lastRun.RemovedUsers);
        var counted = await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenant.Id && u.RemovedAt == null && u.Status != MfaStatus.Disabled).ToListAsync(cancellation);
        Assert.DoesNotContain(counted, u => u.ObjectId == leaver.Id.ToString());
        var snapshot = await db.TenantSnapshots.SingleAsync(s => s.TenantId == tenant.Id, cancellation);
        Assert.Equal(counted.Count, snapshot.TotalUsers);
        Assert.Equal(counted.Count(u => u.Status == MfaStatus.NotRegistered), snapshot.NotRegistered);
        Assert.Equal(counted.Count(u => u.Status == MfaStatus.SingleMethod), snapshot.SingleMethod);
        Assert.Equal(counted.Count(u => u.Status == MfaStatus.Resilient), snapshot.Resilient);
        Assert.Equal(counted.Count(u => u.IsCritical), snapshot.AdminsWithoutMfa);
        Assert.Equal(counted.Count(u => u.MethodsRegistered.Any(m => m is RegisteredMethod.MicrosoftAuthenticatorPush or RegisteredMethod.MicrosoftAuthenticatorPasswordless)), snapshot.AuthenticatorUsers);
        Assert.Equal(counted.Count(u => u.MethodsRegistered.Contains(RegisteredMethod.MobilePhone)), snapshot.MobilePhoneUsers);
        Assert.Equal(counted.Count(u => u.MethodsRegistered.Contains(RegisteredMethod.Email)), snapshot.EmailUsers);
        Assert.Equal(counted.Count(u => u.MethodsRegistered.Contains(RegisteredMethod.OfficePhone)), snapshot.OfficePhoneUsers);
        Assert.True(snapshot.AuthenticatorUsers > 0 && snapshot.MobilePhoneUsers > 0, "the simulated tenant has Authenticator and phone users");
        Assert.Equal(state.GetUsers(tenant.Id)!.Count(u => u.AccountEnabled), snapshot.TotalUsers);
        await AssertTenantEqualsGroundTruthAsync(harness, tenant.Id);
    }

    [Fact]
    public async Task Poll_DisabledUserThenDeleted_IsMarkedRemoved()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenant = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented);
        await harness.PollAsync(tenant.Id, cancellation);
        var leaver = harness.Simulator.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled);
        harness.Simulator.State.SetAccountEnabled(tenant.Id, leaver.Id, enabled: false);
        await harness.PollAsync(tenant.Id, cancellation);

        harness.Simulator.State.RemoveUser(tenant.Id, leaver.Id);
        await harness.PollAsync(tenant.Id, cancellation);

        var stored = await StoredAsync(harness, tenant.Id, leaver.Id);
        Assert.NotNull(stored.RemovedAt);
        Assert.Equal(MfaStatus.Disabled, stored.Status);
    }

    [Fact]
    public async Task Poll_ConsentRevoked_MarksTheTenantAndStopsScheduledPolls()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var summary = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented);
        await harness.PollAsync(summary.Id, cancellation);
        await using (var before = harness.CreateDbContext())
        {
            Assert.True(await before.TenantUsers.AnyAsync(u => u.TenantId == summary.Id, cancellation));
        }

        harness.Simulator.State.FindTenant(summary.Id)!.Consented = false;
        var revoked = await harness.PollAsync(summary.Id, cancellation);
        var next = await harness.PollAsync(summary.Id, cancellation);

        Assert.Equal(PollOutcome.Failed, revoked.Outcome);
        Assert.Null(revoked.RetryAfter);
        Assert.Equal(PollOutcome.Skipped, next.Outcome);
        await using var db = harness.CreateDbContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == summary.Id, cancellation);
        Assert.Equal(ConsentState.Missing, tenant.ConsentState);
        Assert.Contains("ConsentMissing", tenant.LastPollError, StringComparison.Ordinal);
        Assert.True(await db.TenantUsers.AnyAsync(u => u.TenantId == summary.Id && u.RemovedAt == null, cancellation), "the previous good data must stay");
    }

    [Fact]
    public async Task Poll_WhileAnotherPollOfTheTenantRuns_IsSkipped()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenantId = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented).Id;
        var pollLock = harness.Services.GetRequiredService<ITenantPollLock>();

        PollResult whileLocked;
        using (var held = pollLock.TryAcquire(tenantId))
        {
            Assert.NotNull(held);
            whileLocked = await harness.PollAsync(tenantId, cancellation, PollTrigger.Manual);
        }

        var afterwards = await harness.PollAsync(tenantId, cancellation, PollTrigger.Manual);

        Assert.Equal(PollOutcome.Skipped, whileLocked.Outcome);
        // No run of the holder is visible (it may have died before saving one): come back after its lock expired.
        Assert.Equal(JobsRegistration.SqliteLockLifetime + TimeSpan.FromSeconds(5), whileLocked.RetryAfter);
        Assert.Equal(PollOutcome.Succeeded, afterwards.Outcome);
        await using var db = harness.CreateDbContext();
        Assert.Equal(1, await db.PollRuns.CountAsync(r => r.TenantId == tenantId, cancellation));
    }

    [Fact]
    public async Task Poll_TwiceADay_KeepsOneSnapshotPerDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 }, time);
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenantId = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented).Id;

        await harness.PollAsync(tenantId, cancellation);
        time.Advance(TimeSpan.FromHours(4));
        harness.Simulator.State.RegisterUsers(tenantId, 2);
        await harness.PollAsync(tenantId, cancellation);
        time.Advance(TimeSpan.FromDays(1));
        await harness.PollAsync(tenantId, cancellation);

        await using var db = harness.CreateDbContext();
        var snapshots = await db.TenantSnapshots.Where(s => s.TenantId == tenantId).OrderBy(s => s.Day).ToListAsync(cancellation);
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 28)], snapshots.Select(s => s.Day));
        var users = await db.TenantUsers.Where(u => u.TenantId == tenantId && u.RemovedAt == null).ToListAsync(cancellation);
        Assert.Equal(users.Count, snapshots[0].TotalUsers);
        Assert.Equal(users.Count(u => u.Status == Core.Users.MfaStatus.Resilient), snapshots[1].Resilient);
    }

    private async Task<TenantUser> StoredAsync(ConsoleHarness harness, Guid tenantId, Guid userId)
    {
        await using var db = harness.CreateDbContext();
        return await db.TenantUsers.AsNoTracking().SingleAsync(u => u.TenantId == tenantId && u.ObjectId == userId.ToString(), cancellation);
    }

    private async Task AssertTenantEqualsGroundTruthAsync(ConsoleHarness harness, Guid tenantId)
    {
        var all = harness.Simulator.State.GetUsers(tenantId)!;
        var truth = all.Where(u => u.AccountEnabled).ToDictionary(u => u.Id.ToString());
        var licensed = harness.Simulator.State.FindTenant(tenantId)!.Licensed;
        await using var db = harness.CreateDbContext();
        var current = await db.TenantUsers.AsNoTracking().Where(u => u.TenantId == tenantId && u.RemovedAt == null).ToListAsync(cancellation);
        var stored = current.Where(u => u.Status != MfaStatus.Disabled).ToList();

        // Disabled accounts the console knew stay, marked disabled; the ones it never saw enabled are not invented.
        Assert.Subset(all.Where(u => !u.AccountEnabled).Select(u => u.Id.ToString()).ToHashSet(),
            current.Where(u => u.Status == MfaStatus.Disabled).Select(u => u.ObjectId).ToHashSet());
        Assert.Equal(truth.Keys.Order(), stored.Select(u => u.ObjectId).Order());
        foreach (var user in stored)
        {
            var expected = truth[user.ObjectId];
            var registration = harness.Simulator.State.GetRegistration(tenantId, expected.Id)!;
            Assert.True(GroundTruth.ExpectedStatus(expected) == user.Status, $"{user.UserPrincipalName}: expected {GroundTruth.ExpectedStatus(expected)}, stored {user.Status}");
            Assert.True(expected.IsAdmin == user.IsAdmin, $"{user.UserPrincipalName}: admin {expected.IsAdmin} in Graph, {user.IsAdmin} stored");
            Assert.True((expected.UserType == "Guest") == user.IsGuest, $"{user.UserPrincipalName}: {expected.UserType} in Graph, guest={user.IsGuest} stored");
            Assert.Equal(ExpectedMethodNames(registration.MethodsRegistered, licensed).Order(), user.MethodsRegistered.Order());
        }
    }

    /// <summary>
    /// Without the report (no Entra ID P1) the methods list cannot tell that an Authenticator also does passwordless
    /// sign-in; it is the same app on the same phone, so the status does not change.
    /// </summary>
    private static IEnumerable<string> ExpectedMethodNames(IEnumerable<string> reported, bool licensed) =>
        licensed ? reported : reported.Where(name => name != RegisteredMethod.MicrosoftAuthenticatorPasswordless);

    private static Task WaitUntilAsync(Func<Task<bool>> condition) =>
        WaitUntil.TrueAsync("the condition", _ => condition(), TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken, TimeSpan.FromMilliseconds(20));
}
