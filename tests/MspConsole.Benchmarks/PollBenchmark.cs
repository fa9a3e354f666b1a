using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator;
using MspConsole.TestKit.Harness;

namespace MspConsole.Benchmarks;

/// <summary>
/// Poll throughput: every tenant of a simulated MSP polled into a SQLite file through the real Graph SDK,
/// against the raw speed of fetching the same pages without storing them. Prints figures to compare.
/// Usage: dotnet run -c Release --project tests/MspConsole.Benchmarks -- poll [--tenants 1000] [--seed 1] [--workers 4]
/// </summary>
internal static class PollBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var tenants = Options.Int(args, "--tenants", 1000);
        var seed = Options.Int(args, "--seed", 1);
        var workers = Options.Int(args, "--workers", 4);

        await using var harness = await ConsoleHarness.StartAsync(
            new SimulatorOptions { Tenants = tenants, Seed = seed },
            settings: new Dictionary<string, string?> { ["Jobs:PollWorkers"] = workers.ToString(CultureInfo.InvariantCulture) });
        var summaries = harness.Simulator.State.GetTenantSummaries();
        var reachable = summaries.Where(s => s.Consented && (s.Licensed || !args.Contains("--licensed-only"))).ToList();
        Console.WriteLine($"Dataset: {summaries.Count} tenants, {summaries.Sum(s => s.UserCount):N0} users " +
            $"({reachable.Count} consented, {reachable.Count(s => !s.Licensed)} of them without Entra ID P1); {workers} workers");

        var raw = await MeasureAsync("Raw fetch (SDK pages incl. /users, no storage)", reachable, workers, async (id, token) =>
        {
            var client = harness.Services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(id);
            var users = 0;
            var licensed = summaries.First(s => s.Id == id).Licensed;
            var pages = licensed ? client.ReadRegistrationPagesAsync(token) : client.ReadRegistrationPagesFromMethodsAsync(token);
            await foreach (var page in pages)
            {
                users += page.Count;
            }

            // The poll also reads /users (accountEnabled) to tell disabled accounts from deleted ones.
            await foreach (var _ in client.ReadUserPagesAsync(token))
            {
            }

            return users;
        });

        await harness.OnboardAllTenantsAsync(CancellationToken.None);
        var polled = await MeasureAsync("Poll (SDK pages + upsert + snapshot + run)", reachable, workers, async (id, token) =>
        {
            var result = await harness.PollAsync(id, token);
            await using var db = harness.CreateDbContext();
            return result.RunId is { } runId ? db.PollRuns.Single(r => r.Id == runId).Users : 0;
        });

        Console.WriteLine($"Poll vs raw fetch: {polled.Elapsed.TotalSeconds / raw.Elapsed.TotalSeconds:F2}x the time");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB (simulator, SDK and poller in one process)");
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, int Users)> MeasureAsync(string name, IReadOnlyList<GraphSimulator.State.TenantSummary> tenants, int workers, Func<Guid, CancellationToken, Task<int>> work)
    {
        var users = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (tenant, token) =>
        {
            Interlocked.Add(ref users, await work(tenant.Id, token));
        });
        stopwatch.Stop();
        Console.WriteLine($"{name}: {users:N0} users in {stopwatch.Elapsed.TotalSeconds:F1} s = {users / stopwatch.Elapsed.TotalSeconds:N0} users/s");
        return (stopwatch.Elapsed, users);
    }
}
