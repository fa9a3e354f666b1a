using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the SQLite context without a start-up project.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMspConsoleDbContext>
{
    public SqliteMspConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
