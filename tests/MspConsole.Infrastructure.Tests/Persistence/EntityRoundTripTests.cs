using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Polling;
using MspConsole.Core.Reminders;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;

namespace MspConsole.Infrastructure.Tests.Persistence;

/// <summary>Every entity survives a write and a read on a real database of each provider.</summary>
public abstract class EntityRoundTripTests(ITestDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 15, 123, TimeSpan.Zero);
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tenant_RoundTrips()
    {
        var tenant = NewTenant();
        tenant.SetContract(ContractOwner.CustomerIt, "Call Jan at +32 2 555 01 01");
        tenant.SetTags(["Brokers", "gent", "brokers"]);
        tenant.PollStarted(Now);
        tenant.PollSucceeded(Now.AddMinutes(1), DataSource.RegistrationReport, new EnforcementPosture(SecurityDefaultsEnabled: false, ConditionalAccessAvailable: true, PoliciesRequiringMfa: 2, PoliciesOfferingMfa: 0, []));

        var loaded = await SaveAndReload(tenant, db => db.Tenants.SingleAsync(t => t.Id == tenant.Id, cancellation));

        Assert.Equivalent(tenant, loaded, strict: true);
        Assert.Equal(["brokers", "gent"], loaded.TagList);
    }

    [Fact]
    public async Task Tenant_ConcurrentEdits_SecondWriterIsRefused()
    {
        var tenant = NewTenant();
        await SaveAndReload(tenant, db => db.Tenants.SingleAsync(t => t.Id == tenant.Id, cancellation));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var seenByFirst = await first.Tenants.SingleAsync(t => t.Id == tenant.Id, cancellation);
        var seenBySecond = await second.Tenants.SingleAsync(t => t.Id == tenant.Id, cancellation);

        seenByFirst.PausePolling();
        await first.SaveChangesAsync(cancellation);
        seenBySecond.SetLanguage(SupportedLanguage.French);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(cancellation));
    }

    [Fact]
    public async Task AccountManagerAssignment_RoundTrips()
    {
        var tenant = await SavedTenant();
        var assignment = new AccountManagerAssignment(tenant.Id, "am-object-id", "anna@msp.example", Now);

        var loaded = await SaveAndReload(assignment, db => db.AccountManagerAssignments.SingleAsync(a => a.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(assignment, loaded, strict: true);
    }

    [Fact]
    public async Task TenantUser_RoundTrips()
    {
        var tenant = await SavedTenant();
        var user = NewUser(tenant.Id, "user-1", [RegisteredMethod.MobilePhone, RegisteredMethod.Email, RegisteredMethod.MicrosoftAuthenticatorPush]);
        user.SetPreferredLanguage("fr");
        user.SetPerUserMfaState(PerUserMfaState.Enforced);
        user.MarkRemoved(Now.AddDays(1));

        var loaded = await SaveAndReload(user, db => db.TenantUsers.SingleAsync(u => u.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(user, loaded, strict: true);
        Assert.Equal(MfaStatus.Resilient, loaded.Status);
    }

    [Fact]
    public async Task TenantUser_SameObjectIdTwiceInOneTenant_IsRefused()
    {
        var tenant = await SavedTenant();
        await using var db = database.CreateContext();
        db.TenantUsers.AddRange(NewUser(tenant.Id, "twin", []), NewUser(tenant.Id, "twin", []));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellation));
    }

    [Fact]
    public async Task TenantSnapshot_RoundTrips_AndOnlyOnePerDay()
    {
        var tenant = await SavedTenant();
        var snapshot = new TenantSnapshot(tenant.Id, new DateOnly(2026, 11, 27));
        snapshot.Record(new SnapshotCounts(40, 10, 12, 16, 2, 1, 20, 25, 8, 3, 4, 5), Now);

        var loaded = await SaveAndReload(snapshot, db => db.TenantSnapshots.SingleAsync(s => s.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(snapshot, loaded, strict: true);
        await using var db = database.CreateContext();
        db.TenantSnapshots.Add(new TenantSnapshot(tenant.Id, new DateOnly(2026, 11, 27)));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellation));
    }

    [Fact]
    public async Task PollRun_RoundTrips()
    {
        var tenant = await SavedTenant();
        var run = new PollRun(tenant.Id, PollTrigger.Manual, Now);
        run.PageRead(100);
        run.PageRead(37);
        run.Finish(Now.AddSeconds(12), PollOutcome.Failed, DataSource.PerUserFallback, removedUsers: 3, graphRequests: 40, throttledRetries: 2, "Transient: 503", "req-1");

        var loaded = await SaveAndReload(run, db => db.PollRuns.SingleAsync(r => r.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(run, loaded, strict: true);
        Assert.Equal(TimeSpan.FromSeconds(12), loaded.Duration);
    }

    [Fact]
    public async Task AuditEntry_RoundTrips_AndItsHashStillMatches()
    {
        var entry = AuditEntry.Chain(
            new AuditEvent(Now, "actor-oid", "hugo@msp.example", "Helpdesk", "RemoveMethod", AuditOutcome.Succeeded, Guid.NewGuid(), "user-oid", "ana@customer.example",
                "Wrong number", "INC-42", "Called back on registered number", "{\"phone\":\"+32 470\"}", "{}", null, "corr-1", "req-1", "127.0.0.1"),
            new AuditChainHead(41, Guid.NewGuid().ToString("N")),
            HistoryBuilder.AuditKey);

        var loaded = await SaveAndReload(entry, db => db.AuditEntries.SingleAsync(e => e.Hash == entry.Hash, cancellation));

        Assert.Equivalent(entry, loaded, strict: true);
        Assert.True(loaded.HasIntactHash(HistoryBuilder.AuditKey));
    }

    [Fact]
    public async Task AuditEntry_TwoEntriesLinkingToTheSamePredecessor_AreRefused()
    {
        var previous = new AuditChainHead(7, Guid.NewGuid().ToString("N"));
        await using var db = database.CreateContext();
        db.AuditEntries.AddRange(
            AuditEntry.Chain(new AuditEvent(Now, "a", "a@msp.example", "Admin", "First", AuditOutcome.Succeeded), previous, HistoryBuilder.AuditKey),
            AuditEntry.Chain(new AuditEvent(Now, "b", "b@msp.example", "Admin", "Second", AuditOutcome.Succeeded), previous, HistoryBuilder.AuditKey));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellation));
    }

    [Fact]
    public async Task Reminder_RoundTrips()
    {
        var tenant = await SavedTenant();
        var reminder = new Reminder(tenant.Id, "user-oid", "ana@customer.example", "nl", "helpdesk@msp.example", "hugo@msp.example", Now);
        reminder.Sent(Now.AddSeconds(2), "req-9");

        var loaded = await SaveAndReload(reminder, db => db.Reminders.SingleAsync(r => r.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(reminder, loaded, strict: true);
    }

    [Fact]
    public async Task ReminderPolicy_RoundTrips()
    {
        var tenant = await SavedTenant();
        var policy = new ReminderPolicy(tenant.Id);
        policy.Configure(true, 14, 4, targetNotRegistered: true, targetSingleMethod: false, [DayOfWeek.Tuesday, DayOfWeek.Thursday], 8, 12, "it@customer.example");

        var loaded = await SaveAndReload(policy, db => db.ReminderPolicies.SingleAsync(p => p.TenantId == tenant.Id, cancellation));

        Assert.Equivalent(policy, loaded, strict: true);
        Assert.True(loaded.SendsOn(DayOfWeek.Thursday));
        Assert.False(loaded.SendsOn(DayOfWeek.Monday));
    }

    private static Tenant NewTenant()
    {
        var id = Guid.NewGuid();
        return new Tenant(id, $"Broker {id:N}", $"broker-{id:N}.example", ContractOwner.Msp, SupportedLanguage.Dutch, Now);
    }

    private static TenantUser NewUser(Guid tenantId, string objectId, string[] methods)
    {
        var user = new TenantUser(tenantId, objectId, Now);
        user.Refresh(new UserRegistration(objectId, $"{objectId}@customer.example", "Ana Peeters", false, true, methods.Length > 0, methods.Length > 0, true, false, methods, methods.FirstOrDefault(), Now.AddDays(-3)), Now);
        return user;
    }

    private async Task<Tenant> SavedTenant()
    {
        var tenant = NewTenant();
        await using var db = database.CreateContext();
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellation);
        return tenant;
    }

    private async Task<T> SaveAndReload<T>(T entity, Func<MspConsoleDbContext, Task<T>> load)
        where T : class
    {
        await using (var db = database.CreateContext())
        {
            db.Add(entity);
            await db.SaveChangesAsync(cancellation);
        }

        await using var fresh = database.CreateContext();
        return await load(fresh);
    }
}
