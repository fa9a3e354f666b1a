using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Tests.Persistence;

public sealed class MigrationDriftTests
{
    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run db/add-migration.sh <Name>.");
    }

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run db/add-migration.sh <Name>.");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.Equal(MigrationNames(sqlServer), MigrationNames(sqlite));
    }

    [Fact]
    public void DbScript_IsTheIdempotentScriptOfTheSqlServerMigrations()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "db", "migrate.sql"));

        Assert.True(Normalize(expected) == Normalize(committed), "db/migrate.sql is stale: run db/script.sh and commit it.");
    }

    private static IEnumerable<string> MigrationNames(DbContext db) =>
        db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

    private static string Normalize(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\uFEFF', '\n', ' ');

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MspConsole.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MspConsole.sln not found above " + AppContext.BaseDirectory);
    }
}
