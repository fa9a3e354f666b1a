using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Persistence;

public sealed class DatabaseMigratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_OnADatabaseOfAPreReleaseBuild_RefusesAndSaysToStartEmpty_WithoutTouchingIt()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261127114635_AddReminderCampaigns', '10.0.0')", Ct);
        }

        var migrator = MigratorFor(database.ConnectionString);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.StartAsync(Ct));
        Assert.Contains("20261127114635_AddReminderCampaigns", refused.Message, StringComparison.Ordinal);
        Assert.Contains("empty database", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnAnEmptyDatabase_AppliesTheInitialMigration()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);

        await MigratorFor(database.ConnectionString).StartAsync(Ct);

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }

    [Fact]
    public async Task FiguresOnTenantRow_MovesEachTenantsStoredFigures_OntoItsRow_AndSortKeysFollowThem()
    {
        await using var database = new SqliteTestDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath) ?? ".");
        const string counted = "6A1C0000-0000-4000-8000-000000000001";
        const string neverPolled = "6A1C0000-0000-4000-8000-000000000002";
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261206180230_DropUserNameIndexes", Ct);
            foreach (var (id, domain) in new[] { (counted, "counted.example"), (neverPolled, "never.example") })
            {
                var version = Guid.NewGuid().ToString().ToUpperInvariant();
                await db.Database.ExecuteSqlAsync(
                    $"""
                    INSERT INTO "Tenants" ("Id", "DisplayName", "NameSortKey", "DefaultDomain", "ContractOwner", "Language", "Tags", "ConsentState", "DataSource", "PollingPaused", "CreatedAt", "Version")
                    VALUES ({id}, {domain}, {domain}, {domain}, 'Msp', 'nl-BE', '', 'Granted', 'RegistrationReport', 0, 0, {version})
                    """, Ct);
            }

            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "TenantFigures" ("TenantId", "Users", "NotRegistered", "SingleMethod", "Resilient", "Excluded", "Disabled", "Admins", "AdminsWithoutMfa", "PerUserMfaEnforced", "OtherMfaMethodUsers")
                VALUES ({counted}, 10, 2, 3, 4, 1, 5, 2, 1, 6, 7)
                """, Ct);

            await db.Database.MigrateAsync(Ct);
        }

        await using var migrated = database.CreateContext();
        var tenants = await migrated.Tenants.AsNoTracking().OrderBy(tenant => tenant.Id)
            .Select(tenant => new { tenant.Users, tenant.NotRegistered, tenant.SingleMethod, tenant.Resilient, tenant.Excluded, tenant.Disabled,
                tenant.Admins, tenant.AdminsWithoutMfa, tenant.PerUserMfaEnforced, tenant.OtherMfaMethodUsers,
                Registered = EF.Property<double>(tenant, TenantSortKeys.RegisteredShare), Resilient2 = EF.Property<double>(tenant, TenantSortKeys.ResilientShare) })
            .ToListAsync(Ct);
        Assert.Equal(new { Users = 10, NotRegistered = 2, SingleMethod = 3, Resilient = 4, Excluded = 1, Disabled = 5, Admins = 2, AdminsWithoutMfa = 1,
            PerUserMfaEnforced = 6, OtherMfaMethodUsers = 7, Registered = 7 / 9.0, Resilient2 = 4 / 9.0 }, tenants[0]);
        Assert.Equal(new { Users = 0, NotRegistered = 0, SingleMethod = 0, Resilient = 0, Excluded = 0, Disabled = 0, Admins = 0, AdminsWithoutMfa = 0,
            PerUserMfaEnforced = 0, OtherMfaMethodUsers = 0, Registered = 2.0, Resilient2 = 2.0 }, tenants[1]);
    }

    private static DatabaseMigrator MigratorFor(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddPersistence(configuration).BuildServiceProvider();
        return new DatabaseMigrator(services, services.GetRequiredService<IOptions<DatabaseOptions>>(), NullLogger<DatabaseMigrator>.Instance);
    }
}
