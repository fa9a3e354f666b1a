using DotNet.Testcontainers.Configurations;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using Testcontainers.MsSql;

namespace MspConsole.TestKit.Persistence;

/// <summary>
/// SQL Server 2022 in a Docker container, migrated with the SQL Server migrations. Where no Docker engine
/// answers, every test that asks for a context is skipped with the reason instead of failing.
/// </summary>
public sealed class SqlServerContainerDatabase : ITestDatabase, IAsyncLifetime
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    private MsSqlContainer? container;

    public string ProviderName => "SQL Server";

    public string? UnavailableReason { get; private set; }

    public string ConnectionString => container?.GetConnectionString() ?? throw new InvalidOperationException(UnavailableReason);

    public MspConsoleDbContext CreateContext()
    {
        Assert.SkipWhen(UnavailableReason is not null, UnavailableReason ?? "");
        return new MspConsoleDbContext(new DbContextOptionsBuilder<MspConsoleDbContext>().UseSqlServer(ConnectionString).Options);
    }

    public async ValueTask InitializeAsync()
    {
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is null)
        {
            UnavailableReason = "SQL Server tests skipped: no Docker engine answers on this machine (set DOCKER_HOST or start Docker to run them).";
            Console.WriteLine(UnavailableReason);
            return;
        }

        container = new MsSqlBuilder(Image).Build();
        await container.StartAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }
}
