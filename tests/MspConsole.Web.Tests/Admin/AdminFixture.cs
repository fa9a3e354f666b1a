using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Audit;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>
/// One app and database for the admin tests: three seeded tenants with history (for settings, pause, offboarding) that
/// the simulator does not know, and the simulator's 30 tenants left to onboard. Each test uses its own simulator
/// tenants (by index), so the tests do not step on each other.
/// </summary>
public sealed class AdminFixture : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private ConsoleAppFactory? factory;
    private SimulatorHost? simulator;

    public Guid Keep { get; } = Guid.NewGuid();

    public Guid Purge { get; } = Guid.NewGuid();

    public Guid Settings { get; } = Guid.NewGuid();

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The first polls the app asked for (no job server runs).</summary>
    public RecordingPollScheduler Polls { get; } = new();

    /// <summary>What GDAP answers.</summary>
    public FakePartnerCustomers Gdap { get; } = new();

    public FakeTimeProvider Time { get; } = new(TestClock.Now);

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The simulator's tenants; index 0 licensed and consented, 1 unlicensed, 2 not consented.</summary>
    public IReadOnlyList<TenantSummary> SimulatorTenants => Simulator.State.GetTenantSummaries();

    public SimulatorHost Simulator => simulator ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        List<object> seed = [
            new TenantBuilder().WithId(Keep).Named("Keep Verzekeringen", "keep-verzekeringen.be").Build(),
            new TenantBuilder().WithId(Purge).Named("Purge Makelaars", "purge-makelaars.be").Build(),
            new TenantBuilder().WithId(Settings).Named("Settings Courtiers", "settings-courtiers.be").Build(),
            HistoryBuilder.Assignment(Keep, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName),
        ];
        foreach (var tenantId in new[] { Keep, Purge })
        {
            seed.Add(new TenantUserBuilder(tenantId).Named("Jan Peeters", $"jan@{tenantId:N}.be").SingleMethod().Build());
            seed.Add(new TenantUserBuilder(tenantId).Named("Els Janssens", $"els@{tenantId:N}.be").Resilient().Build());
            seed.AddRange(SnapshotBuilder.ImprovingSeries(tenantId, 5, 2, 0.5, 1));
            seed.Add(HistoryBuilder.PollRun(tenantId, TestClock.Now.AddHours(-2)));
            seed.Add(HistoryBuilder.SentReminder(tenantId, Guid.NewGuid().ToString(), $"jan@{tenantId:N}.be", TestClock.Now.AddDays(-1)));
        }

        await database.SeedAsync(seed, cancellationToken);
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 30, Seed = 1 }, cancellationToken);
        factory = new ConsoleAppFactory(HostOptions(database.ConnectionString, simulator, Polls, Gdap, Time)).Start();
    }

    /// <summary>The admin tests' app: Graph is the simulator, no job server (first polls are recorded), GDAP answers from fakes.</summary>
    public static ConsoleHostOptions HostOptions(string connectionString, SimulatorHost simulator,
        RecordingPollScheduler? polls = null, FakePartnerCustomers? gdap = null, FakeTimeProvider? time = null) => new(connectionString)
    {
        Simulator = simulator,
        Time = time ?? new FakeTimeProvider(TestClock.Now),
        Settings = new Dictionary<string, string?> { ["Graph:ThrottleBackoffSeconds"] = "0" },
        Services = services =>
        {
            services.AddSingleton<IPollScheduler>(polls ?? new RecordingPollScheduler());
            services.AddSingleton<IPartnerCustomerSource>(gdap ?? new FakePartnerCustomers());
        },
    };

    public async Task<List<AuditEntry>> AuditAsync(string action, Guid? tenantId = null)
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action && (tenantId == null || e.TenantId == tenantId))
            .OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, database);
}

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminFixture>
{
    public const string Name = "admin";
}
