using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Actions;
using MspConsole.Core.Figures;
using MspConsole.Core.Graph;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Figures;
using MspConsole.Infrastructure.Polling;
using MspConsole.Infrastructure.Tests.Actions;
using MspConsole.TestKit.Harness;

namespace MspConsole.Infrastructure.Tests.Figures;

/// <summary>
/// The stored per-tenant figures equal a full recount of the user rows after every kind of change that moves them: polls
/// (new, changed, disabled and removed users), a re-read, actions, exclusions, an interrupted poll and a purge. Real SQLite
/// file, the real Graph SDK against the simulator.
/// </summary>
public sealed class StoredFiguresTests(ActionsHarness harness) : IClassFixture<ActionsHarness>
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Figures_AfterPollsActionsExclusionsRemovalsAndReReads_EqualARecount()
    {
        var console = harness.Console;
        var state = harness.Simulator;
        foreach (var summary in state.GetTenantSummaries().Where(s => s.Consented))
        {
            await console.PollAsync(summary.Id, cancellation);
        }

        await AssertEqualToRecountAsync();
        var stored = await StoredAsync(harness.TenantId);
        Assert.True(stored.Counts.Users > 0 && stored.Methods.Count > 0, "the polled tenant must have figures: the test proves nothing");
        Assert.Equal(
            await CountAsync(u => u.TenantId == harness.TenantId && u.RemovedAt == null && u.Status != MfaStatus.Disabled),
            stored.Counts.Users);

        // Actions: a new user with a phone (read in by a re-read), a phone removed (the action re-reads the user), an exclusion and its reversal.
        var userId = await harness.AddUserAsync(isAdmin: true, (PhoneType.Mobile, "+32 470123456"));
        await AssertEqualToRecountAsync();
        Assert.Equal(MfaStatus.SingleMethod, await StatusAsync(userId));
        // Graph's fixed id of the mobile phone method.
        var removed = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId,
            new ActionParameters(MethodId: "3179e48a-750b-4051-897c-87b9720928f7", MethodKind: AuthenticationMethodKind.Phone));
        Assert.True(removed.Succeeded, removed.Failure?.Detail);
        Assert.Equal(MfaStatus.NotRegistered, await StatusAsync(userId));
        await AssertEqualToRecountAsync();
        var adminsWithoutMfa = (await StoredAsync(harness.TenantId)).Counts.AdminsWithoutMfa;
        Assert.True((await harness.RunAsync(HelpdeskAction.Exclude, userId)).Succeeded);
        Assert.Equal(adminsWithoutMfa - 1, (await StoredAsync(harness.TenantId)).Counts.AdminsWithoutMfa);
        await AssertEqualToRecountAsync();
        Assert.True((await harness.RunAsync(HelpdeskAction.Include, userId)).Succeeded);
        await AssertEqualToRecountAsync();

        // A poll after users registered methods, one was disabled and one deleted; then a re-read of the deleted one.
        var members = state.GetUsers(harness.TenantId)!.Where(u => u.AccountEnabled && u.UserType == "Member" && u.Id.ToString() != userId).ToList();
        state.RegisterUsers(harness.TenantId, 5);
        Assert.True(state.SetAccountEnabled(harness.TenantId, members[0].Id, enabled: false));
        state.RemoveUser(harness.TenantId, members[1].Id);
        await console.PollAsync(harness.TenantId, cancellation);
        await AssertEqualToRecountAsync();
        Assert.Equal(1, (await StoredAsync(harness.TenantId)).Counts.Disabled);
        state.RemoveUser(harness.TenantId, members[2].Id);
        await using (var scope = console.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(harness.TenantId, members[2].Id.ToString(), cancellation);
        }

        await AssertEqualToRecountAsync();
        Assert.Equal(1, await CountAsync(u => u.TenantId == harness.TenantId && u.RemovedAt != null && u.ObjectId == members[2].Id.ToString()));

        // A purge takes the tenant's users and figures together.
        await using (var db = console.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            await TenantFigureStore.DeleteUsersAsync(db, harness.TenantId, cancellation);
            await transaction.CommitAsync(cancellation);
        }

        await AssertEqualToRecountAsync();
        Assert.Equal(default, (await StoredAsync(harness.TenantId)).Counts);
    }

    [Fact]
    public async Task Figures_AfterAPollStoppedMidway_EqualARecount_AndAfterTheNextPoll()
    {
        await using var slow = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 7, LatencyMilliseconds = 40, ReportPageSize = 20 });
        await slow.OnboardAllTenantsAsync(cancellation);
        var largest = slow.Simulator.State.GetTenantSummaries().Where(s => s.Consented && s.Licensed).MaxBy(s => s.UserCount)!;
        await slow.PollAsync(largest.Id, cancellation);
        slow.Simulator.State.RegisterUsers(largest.Id, 30);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var stopped = slow.PollAsync(largest.Id, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await PagesSavedAsync(slow, largest.Id, 3))
        {
            Assert.True(DateTime.UtcNow < deadline, "the poll never saved three pages");
            await Task.Delay(20, cancellation);
        }

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped);
        await using (var db = slow.CreateDbContext())
        {
            Assert.Empty(await FigureCheck.RunAsync(db, repair: false, cancellation));
        }

        await slow.PollAsync(largest.Id, cancellation);
        await using (var db = slow.CreateDbContext())
        {
            Assert.Empty(await FigureCheck.RunAsync(db, repair: false, cancellation));
            Assert.True((await TenantFigureStore.StoredAsync(db, largest.Id, cancellation)).Counts.Users > 100);
        }
    }

    [Fact]
    public async Task Check_FiguresTamperedWith_NamesEachDifference_AndRecountRepairsThem()
    {
        await harness.Console.PollAsync(harness.TenantId, cancellation);
        var before = await StoredAsync(harness.TenantId);
        await using (var db = harness.Console.CreateDbContext())
        {
            await db.Tenants.Where(tenant => tenant.Id == harness.TenantId)
                .ExecuteUpdateAsync(set => set.SetProperty(tenant => tenant.Resilient, tenant => tenant.Resilient + 3), cancellation);
            await db.TenantMethodFigures.Where(f => f.TenantId == harness.TenantId && f.Method == "mobilePhone")
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.Users, 0), cancellation);

            var found = Assert.Single(await FigureCheck.RunAsync(db, repair: false, cancellation));
            Assert.Equal(harness.TenantId, found.TenantId);
            Assert.Contains($"Resilient: {before.Counts.Resilient + 3} -> {before.Counts.Resilient}", found.Differences);
            Assert.Contains($"method mobilePhone: 0 -> {before.Methods["mobilePhone"]}", found.Differences);

            Assert.Single(await FigureCheck.RunAsync(db, repair: true, cancellation));
            Assert.Empty(await FigureCheck.RunAsync(db, repair: false, cancellation));
        }

        Assert.Equal(before, await StoredAsync(harness.TenantId), FigureSetComparer.Instance);
    }

    private async Task AssertEqualToRecountAsync()
    {
        await using var db = harness.Console.CreateDbContext();
        var differences = await FigureCheck.RunAsync(db, repair: false, cancellation);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Select(d => $"{d.TenantName}: {string.Join("; ", d.Differences)}")));
    }

    private async Task<FigureSet> StoredAsync(Guid tenantId)
    {
        await using var db = harness.Console.CreateDbContext();
        return await TenantFigureStore.StoredAsync(db, tenantId, cancellation);
    }

    private async Task<MfaStatus> StatusAsync(string userId)
    {
        await using var db = harness.Console.CreateDbContext();
        return await db.TenantUsers.Where(u => u.TenantId == harness.TenantId && u.ObjectId == userId).Select(u => u.Status).SingleAsync(cancellation);
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<TenantUser, bool>> predicate)
    {
        await using var db = harness.Console.CreateDbContext();
        return await db.TenantUsers.CountAsync(predicate, cancellation);
    }

    private async Task<bool> PagesSavedAsync(ConsoleHarness console, Guid tenantId, int pages)
    {
        await using var db = console.CreateDbContext();
        return await db.PollRuns.AnyAsync(r => r.TenantId == tenantId && r.Outcome == Core.Tenants.PollOutcome.Running && r.Pages >= pages, cancellation);
    }

    private sealed class FigureSetComparer : IEqualityComparer<FigureSet>
    {
        public static FigureSetComparer Instance { get; } = new();

        public bool Equals(FigureSet? x, FigureSet? y) => x is not null && y is not null && x.DifferencesTo(y).Count == 0;

        public int GetHashCode(FigureSet obj) => obj.Counts.GetHashCode();
    }
}
