using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the SQL Server context without a server or a start-up project.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<MspConsoleDbContext>
{
    public MspConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MspConsoleDbContext>()
            .UseSqlServer("Server=(design-time);Database=MspConsole", PersistenceRegistration.ConfigureSqlServer)
            .Options);
}
