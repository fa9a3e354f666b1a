using MspConsole.Infrastructure.Persistence;

namespace MspConsole.TestKit.Persistence;

/// <summary>A real, migrated database for a test class: a SQLite file, or SQL Server in a container.</summary>
public interface ITestDatabase
{
    string ProviderName { get; }

    /// <summary>A new context on the database; skips the calling test (with the reason) when the database cannot run here.</summary>
    MspConsoleDbContext CreateContext();
}
