using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Persistence;

namespace MspConsole.TestKit.Database;

/// <summary>
/// The one SQLite test database: a migrated file in a folder of its own (what the console writes beside its database stays with
/// it), the real provider, deleted on dispose. <see cref="CreateAsync"/> for a test's own, or a class fixture (IAsyncLifetime).
/// </summary>
public sealed class SqliteTestDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mspconsole-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
    }

    public string ProviderName => "SQLite";

    public string FilePath => Path.Combine(folder, "test.db");

    public string ConnectionString { get; }

    /// <summary>Pooled, as the console's default connection string is: for benchmarks, which measure what production does
    /// (a test's own connections are not pooled, so that nothing holds the file it deletes; dispose clears the pools).</summary>
    public string PooledConnectionString => new SqliteConnectionStringBuilder(ConnectionString) { Pooling = true }.ToString();

    public static async Task<SqliteTestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new SqliteTestDatabase();
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    public ValueTask InitializeAsync() => new(MigrateAsync(TestContext.Current.CancellationToken));

    public SqliteMspConsoleDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

    MspConsoleDbContext ITestDatabase.CreateContext() => CreateContext();

    /// <summary>Adds the entities (tenants first: the rest reference them) and saves once; users get their search terms, as the poll writes them.</summary>
    public async Task SeedAsync(IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var list = entities.ToList();
        await using var db = CreateContext();
        db.AddRange(list);
        await db.SaveChangesAsync(cancellationToken);
        await SearchTermWriter.WriteStaleAsync(db, list.OfType<TenantUser>(), cancellationToken);
    }

    public Task SeedAsync(CancellationToken cancellationToken, params object[] entities) => SeedAsync(entities.AsEnumerable(), cancellationToken);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
