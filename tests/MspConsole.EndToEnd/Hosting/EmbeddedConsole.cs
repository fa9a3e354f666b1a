using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.GraphSimulator.Control;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Hosting;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>
/// The embedded default (<see cref="ConsoleProcess.StartEmbeddedDefaultAsync"/>) on a fresh data directory of its own, with the test's view
/// of its database and of its simulator's control API.
/// </summary>
public sealed class EmbeddedConsole : IAsyncDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-e2e-embedded", Guid.NewGuid().ToString("N"));
    private ConsoleProcess? process;
    private HttpClient? simulatorHttp;

    private EmbeddedConsole()
    {
    }

    public Uri BaseAddress => Process.BaseAddress;

    public SimulatorControlClient Simulator => new(simulatorHttp ?? throw new InvalidOperationException("Not started."));

    public string Output => Process.Output;

    private ConsoleProcess Process => process ?? throw new InvalidOperationException("Not started.");

    private string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "console.db")};Pooling=False";

    /// <summary>Starts the console; <paramref name="seed"/> runs first on the migrated, empty database.</summary>
    public static async Task<EmbeddedConsole> StartAsync(int simulatorTenants, Func<SqliteMspConsoleDbContext, CancellationToken, Task>? seed, CancellationToken cancellationToken)
    {
        var console = new EmbeddedConsole();
        Directory.CreateDirectory(console.dataDirectory);
        try
        {
            if (seed is not null)
            {
                await using var db = console.CreateDbContext();
                await db.Database.MigrateAsync(cancellationToken);
                await seed(db, cancellationToken);
            }

            console.process = await ConsoleProcess.StartEmbeddedDefaultAsync(console.ConnectionString, simulatorTenants, cancellationToken);
            console.simulatorHttp = new HttpClient { BaseAddress = console.process.SimulatorAddress };
            return console;
        }
        catch
        {
            await console.DisposeAsync();
            throw;
        }
    }

    public SqliteMspConsoleDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Polls the console's database until <paramref name="condition"/> holds; fails with the console's output otherwise.</summary>
    public Task WaitUntilAsync(string what, Func<SqliteMspConsoleDbContext, CancellationToken, Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntil.TrueAsync(what, async token =>
        {
            await using var db = CreateDbContext();
            return await condition(db, token);
        }, timeout, cancellationToken, TimeSpan.FromMilliseconds(500), () => "The console's last output:\n" + Output);

    public async ValueTask DisposeAsync()
    {
        simulatorHttp?.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
