using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Hosting;

namespace MspConsole.EndToEnd.Reliability;

/// <summary>
/// kill -9 of the embedded default while it polls, and an immediate restart on the same data: within a bound, no run
/// is left Running, no tenant shows "Polling", and every active tenant that was interrupted or never finished a poll
/// has polled successfully again.
/// </summary>
public sealed class KillDuringPollTests : IAsyncLifetime
{
    private const int Tenants = 8;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-e2e-kill", Guid.NewGuid().ToString("N"));
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    private string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "console.db")};Pooling=False";

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task KilledDuringPolls_RestartedAtOnce_ClosesEveryInterruptedRunAndPollsEveryTenantAgain()
    {
        // A slow Graph keeps the first polls running long enough to be killed in the middle.
        var first = await StartAsync(latencyMilliseconds: 400);
        try
        {
            await WaitForAsync("polls running", async db =>
                await db.PollRuns.AnyAsync(run => run.Outcome == PollOutcome.Running, cancellation) ? "running" : null, first);
        }
        finally
        {
            await first.DisposeAsync(); // Process.Kill: SIGKILL, no shutdown code runs.
        }

        List<Guid> interrupted;
        await using (var afterKill = CreateDbContext())
        {
            interrupted = await afterKill.PollRuns.Where(run => run.Outcome == PollOutcome.Running).Select(run => run.TenantId).ToListAsync(cancellation);
        }

        Assert.NotEmpty(interrupted);

        var restartedAt = DateTimeOffset.UtcNow;
        await using var second = await StartAsync(latencyMilliseconds: 0);
        var started = DateTime.UtcNow;

        string state = "";
        await WaitForAsync("no run left Running and every active tenant polled successfully since the restart", async db =>
        {
            var running = await db.PollRuns.CountAsync(run => run.Outcome == PollOutcome.Running, cancellation);
            var tenants = await db.Tenants.AsNoTracking().ToListAsync(cancellation);
            var active = tenants.Where(t => t.IsActive).Select(t => t.Id).ToList();
            var polledSinceRestart = await db.PollRuns
                .Where(run => run.Outcome == PollOutcome.Succeeded && run.StartedAt >= restartedAt.AddSeconds(-1))
                .Select(run => run.TenantId).Distinct().ToListAsync(cancellation);
            var polledEver = await db.PollRuns.Where(run => run.Outcome == PollOutcome.Succeeded).Select(run => run.TenantId).Distinct().ToListAsync(cancellation);
            var missing = active.Where(id => (interrupted.Contains(id) && !polledSinceRestart.Contains(id)) || !polledEver.Contains(id)).ToList();
            state = $"{running} runs Running, {tenants.Count(t => t.LastPollOutcome == PollOutcome.Running)} tenants showing Polling, {missing.Count} of {active.Count} active tenants not polled again: " +
                string.Join("; ", tenants.Where(t => missing.Contains(t.Id)).Select(t => $"{t.DisplayName} {t.LastPollOutcome} {t.LastPollError}"));
            return running == 0 && tenants.All(t => t.LastPollOutcome != PollOutcome.Running) && missing.Count == 0 && active.Count > 0 ? "done" : null;
        }, second, () => state);

        await using var check = CreateDbContext();
        var closed = await check.PollRuns.Where(run => run.Outcome == PollOutcome.Failed && run.Error!.StartsWith("Interrupted")).CountAsync(cancellation);
        Assert.True(closed >= interrupted.Count, $"{closed} runs closed as interrupted, {interrupted.Count} were running at the kill");
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
            $"{interrupted.Count} runs interrupted; all closed and every tenant polled again {(DateTime.UtcNow - started).TotalSeconds:0.0} s after the restart"));
    }

    private Task<ConsoleProcess> StartAsync(int latencyMilliseconds) =>
        ConsoleProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = ConnectionString,
            ["Authentication__Mode"] = "Development",
            ["Authentication__SeedDemoAssignments"] = "false",
            ["Simulator__Embedded"] = "true",
            ["Simulator__Tenants"] = Tenants.ToString(CultureInfo.InvariantCulture),
            ["Simulator__LatencyMilliseconds"] = latencyMilliseconds.ToString(CultureInfo.InvariantCulture),
            ["Jobs__PollSpreadMinutes"] = "0",
            ["Jobs__InterruptedPollSweepSeconds"] = "2",
        }, waitForSimulator: true, cancellation);

    private SqliteMspConsoleDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

    private Task<T> WaitForAsync<T>(string what, Func<SqliteMspConsoleDbContext, Task<T?>> condition, ConsoleProcess console, Func<string>? state = null)
        where T : class =>
        WaitUntil.ValueAsync(what, async _ =>
        {
            try
            {
                await using var db = CreateDbContext();
                return await condition(db);
            }
            catch (SqliteException)
            {
                // The console is still migrating the new database.
                return null;
            }
        }, Bound, cancellation, context: () => $"({state?.Invoke()}) The console's last output:\n{console.Output}");
}
