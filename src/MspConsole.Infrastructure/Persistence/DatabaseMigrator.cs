using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>Applies pending migrations before the app serves requests (SQLite by default; SQL Server only when asked).</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ShouldMigrateOnStartup)
        {
            logger.LogInformation("Skipping migrations at start-up for {Provider}: run db/migrate.sql", options.Value.Provider);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
        {
            // Before the first release the migrations were squashed into one Initial: a database made by an earlier
            // build cannot be brought forward, and migrating it anyway would fail half-way on tables that exist.
            throw new InvalidOperationException(
                $"The {options.Value.Provider} database was created by a pre-release build (it has migrations this build does not know: " +
                $"{string.Join(", ", unknown)}). Start with an empty database: for the embedded default, delete the data directory's " +
                "SQLite file; for SQL Server, create a new database and run db/migrate.sql.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (db.Database.IsSqlite())
        {
            // WAL lets the dashboards read while a poll writes.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database {Provider} ready; applied {MigrationCount} migrations", options.Value.Provider, pending.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
