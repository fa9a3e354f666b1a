using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Admin;

/// <summary>
/// One app and database for the admin tests: three seeded tenants with history (for settings, pause, offboarding) that
/// the simulator does not know, and the simulator's 28 tenants left to onboard. Each test uses its own simulator
/// tenants (by index), so the tests do not step on each other.
/// </summary>
public sealed class AdminFixture : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private AdminAppFactory? factory;
    private SimulatorHost? simulator;

    public Guid Keep { get; } = Guid.NewGuid();

    public Guid Purge { get; } = Guid.NewGuid();

    public Guid Settings { get; } = Guid.NewGuid();

    public AdminAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

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
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 28, Seed = 1 }, cancellationToken);
        factory = new AdminAppFactory(database.ConnectionString, simulator);
        _ = factory.Server;
    }

    public async Task<List<AuditEntry>> AuditAsync(string action, Guid? tenantId = null)
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action && (tenantId == null || e.TenantId == tenantId))
            .OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminFixture>
{
    public const string Name = "admin";
}
