using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Polling;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.TestKit.Database;

/// <summary>A migrated SQLite database in a temporary file: the real provider, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase(string path)
    {
        FilePath = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mspconsole-tests");
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(Path.Combine(folder, $"{Guid.NewGuid():N}.db"));
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        return database;
    }

    public SqliteMspConsoleDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

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
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
