using Microsoft.EntityFrameworkCore;
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
