using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>The embedded default's database: same model, its own migration set (Migrations/Sqlite).</summary>
public sealed class SqliteMspConsoleDbContext(DbContextOptions<SqliteMspConsoleDbContext> options) : MspConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; as ticks+offset it can, and all our times are UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
