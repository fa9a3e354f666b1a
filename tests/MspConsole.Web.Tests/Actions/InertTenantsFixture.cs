using MspConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Core.Reminders;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Polling;
using MspConsole.Infrastructure.Reminders;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Actions;

/// <summary>
/// Two polled tenants of an in-process simulator: one offboarded (keep mode) after its users were read and after a four-eyes
/// request and a reminder batch were filed for it, one with polling paused. The real app on a SQLite file, no Hangfire server.
/// </summary>
public sealed class InertTenantsFixture : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private SimulatorHost? simulator;
    private ConsoleAppFactory? factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorState Simulator => simulator?.State ?? throw new InvalidOperationException("Not initialised.");

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public Guid Offboarded { get; private set; }

    public Guid Paused { get; private set; }

    /// <summary>A member of the offboarded tenant with a mobile and an office phone (so every action has something to act on).</summary>
    public string OffboardedUser { get; private set; } = "";

    public string OffboardedUserUpn { get; private set; } = "";

    public string PausedUser { get; private set; } = "";

    /// <summary>A Temporary Access Pass requested (four eyes) before the tenant was offboarded, still pending.</summary>
    public Guid RequestFiledBeforeOffboarding { get; private set; }

    /// <summary>A reminder batch for <see cref="OffboardedUser"/> queued before the tenant was offboarded, not yet sent.</summary>
    public Guid BatchQueuedBeforeOffboarding { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 4, Seed = 3 }, cancellationToken);
        var writable = simulator.State.GetTenantSummaries()
            .Where(t => t.Consented && t.Licensed && t.GrantedRoles.Contains(Permissions.MethodsReadWrite) && t.GrantedRoles.Contains(Permissions.RevokeSessions))
            .Take(2).ToList();
        (Offboarded, Paused) = (writable[0].Id, writable[1].Id);
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await database.SeedAsync(cancellationToken,
            new TenantBuilder().WithId(Offboarded).Named(writable[0].DisplayName, writable[0].DefaultDomain).PolledAt(Clock.GetUtcNow().AddMinutes(-5)).Build(),
            new TenantBuilder().WithId(Paused).Named(writable[1].DisplayName, writable[1].DefaultDomain).PolledAt(Clock.GetUtcNow().AddMinutes(-5)).Build());
        factory = new ConsoleAppFactory(ActionsWebFixture.HostOptions(database.ConnectionString, simulator, Clock));
        OffboardedUser = await AddUserAsync(Offboarded, (PhoneType.Mobile, "+32 470111111"), (PhoneType.Office, "+32 22111111"));
        OffboardedUserUpn = Simulator.GetUser(Offboarded, OffboardedUser)!.UserPrincipalName;
        PausedUser = await AddUserAsync(Paused, (PhoneType.Mobile, "+32 470222222"));
        await FileWorkBeforeOffboardingAsync(cancellationToken);

        await using var db = database.CreateContext();
        (await db.Tenants.SingleAsync(t => t.Id == Offboarded, cancellationToken)).Offboard(Clock.GetUtcNow());
        (await db.Tenants.SingleAsync(t => t.Id == Paused, cancellationToken)).PausePolling();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FileWorkBeforeOffboardingAsync(CancellationToken cancellationToken)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var helpdesk = new AuditActor(DevelopmentPersonas.Helpdesk.ObjectId, DevelopmentPersonas.Helpdesk.UserPrincipalName, "Helpdesk", null, "test");
        var requested = await scope.ServiceProvider.GetRequiredService<ApprovalService>().RequestAsync(
            new ActionCommand(Offboarded, OffboardedUser, HelpdeskAction.TemporaryAccessPass, new ActionParameters(LifetimeMinutes: 60, IsUsableOnce: true),
                "Phone lost", "INC-1", "Called back on a phone number already registered for the user"),
            helpdesk, OffboardedUserUpn, cancellationToken);
        RequestFiledBeforeOffboarding = requested.ApprovalRequestId ?? throw new InvalidOperationException("Four eyes should be on by default.");
        var batch = await scope.ServiceProvider.GetRequiredService<ReminderRequests>().ForUsersAsync(Offboarded, [OffboardedUser], "INC-2",
            new AuditActor(DevelopmentPersonas.Helpdesk.ObjectId, DevelopmentPersonas.Helpdesk.UserPrincipalName, "Helpdesk", null, null), cancellationToken);
        BatchQueuedBeforeOffboarding = batch?.Id ?? throw new InvalidOperationException("The user should be known.");
    }

    private async Task<string> AddUserAsync(Guid tenantId, params (PhoneType Type, string Number)[] phones)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var user = Simulator.AddUser(tenantId, "Inert " + Guid.NewGuid().ToString("N")[..6]) ?? throw new InvalidOperationException("No tenant.");
        var userId = user.Id.ToString();
        await using var scope = Factory.Services.CreateAsyncScope();
        var graph = scope.ServiceProvider.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenantId);
        foreach (var (type, number) in phones)
        {
            await graph.AddPhoneAsync(userId, type, number, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(tenantId, userId, cancellationToken);
        return userId;
    }

    /// <summary>Every Graph request the simulator saw for the tenant (reads included), and every write.</summary>
    public (long Requests, int Mutations) GraphTraffic(Guid tenantId) =>
        (Simulator.Faults.RequestStats(tenantId).Total, Simulator.Mutations.Count(m => m.TenantId == tenantId));

    /// <summary>What an acting route could have written for the tenant: audit entries, reminders and batches, four-eyes requests, receipts.</summary>
    public async Task<(int Audit, int Reminders, int Batches, int Requests, int Receipts)> WritesAsync(Guid tenantId)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = Database.CreateContext();
        return (await db.AuditEntries.CountAsync(e => e.TenantId == tenantId, cancellationToken),
            await db.Reminders.CountAsync(r => r.TenantId == tenantId, cancellationToken),
            await db.ReminderBatches.CountAsync(b => b.TenantId == tenantId, cancellationToken),
            await db.ActionRequests.CountAsync(r => r.TenantId == tenantId, cancellationToken),
            await db.ActionReceipts.CountAsync(cancellationToken));
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, database);
}

[CollectionDefinition(Name)]
public sealed class InertTenantsCollection : ICollectionFixture<InertTenantsFixture>
{
    public const string Name = "inert-tenants";
}
