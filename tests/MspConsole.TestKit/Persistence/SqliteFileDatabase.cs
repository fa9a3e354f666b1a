using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.TestKit.Persistence;

/// <summary>A migrated SQLite database in a temporary file (never the in-memory provider), deleted afterwards.</summary>
public sealed class SqliteFileDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mspconsole-tests", Guid.NewGuid().ToString("N"));

    public string ProviderName => "SQLite";

    public string FilePath => Path.Combine(folder, "test.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public MspConsoleDbContext CreateContext() =>
        new SqliteMspConsoleDbContext(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
