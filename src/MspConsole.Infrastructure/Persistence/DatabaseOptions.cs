using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file in the local data folder; required for SQL Server.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up. On by default for SQLite; for SQL Server a DBA runs db/migrate.sql.</summary>
    public bool? MigrateOnStartup { get; set; }

    [Required]
    public string DataDirectory { get; set; } = "data";

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    /// <summary>Where local state files go (job storage, the generated audit key, audit checkpoints): beside the SQLite
    /// database file when a connection string names one, else <see cref="DataDirectory"/>.</summary>
    public string ResolveDataFolder() =>
        Provider == DatabaseProvider.Sqlite && ConnectionString is { Length: > 0 } connectionString
            ? Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource))!
            : Path.GetFullPath(DataDirectory);

    public string ResolveConnectionString() => Provider switch
    {
        DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "mspconsole.db")}"
            : ConnectionString,
        _ => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.")
            : ConnectionString,
    };
}
