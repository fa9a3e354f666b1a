using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Figures;

namespace MspConsole.Benchmarks;

/// <summary>
/// Poll throughput: every tenant of a simulated MSP polled into a SQLite file through the real Graph SDK,
/// against the raw speed of fetching the same pages without storing them. Prints figures to compare.
/// Usage: dotnet run -c Release --project tests/MspConsole.Benchmarks -- poll [--tenants 1000] [--seed 1] [--workers 4]
///   [--simulator-process] [--large-tenant-users 20000]
/// --simulator-process runs the simulator in its own process, so the peak memory printed is the console's own.
/// --large-tenant-users gives the fourth tenant that many users and first times it alone: raw fetch, first and repeat poll,
/// and the first poll again in the warmed-up process.
/// </summary>
internal static class PollBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var tenants = Options.Int(args, "--tenants", 1000);
        var workers = Options.Int(args, "--workers", 4);
        var largeTenantUsers = Options.Int(args, "--large-tenant-users", 0);
        var simulator = new SimulatorOptions
        {
            Tenants = tenants,
            Seed = Options.Int(args, "--seed", 1),
            LargeTenantUsers = largeTenantUsers > 0 ? largeTenantUsers : null,
        };
        await using IPollTarget target = args.Contains("--simulator-process")
            ? await SimulatorProcessPollTarget.StartAsync(simulator, workers)
            : await InProcessPollTarget.StartAsync(simulator, workers);
        var summaries = target.Tenants;
        var reachable = summaries.Where(s => s.Consented && (s.Licensed || !args.Contains("--licensed-only"))).ToList();
        Console.WriteLine($"Dataset: {summaries.Count} tenants, {summaries.Sum(s => s.UserCount):N0} users " +
            $"({reachable.Count} consented, {reachable.Count(s => !s.Licensed)} of them without Entra ID P1); {workers} workers");

        await target.OnboardAllTenantsAsync(CancellationToken.None);
        await using (var db = target.CreateDbContext())
        {
            // As the console's start-up sets it (DatabaseMigrator); the benchmark's database is migrated without it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        if (largeTenantUsers > 0)
        {
            // The simulator's fourth tenant is its large one; the first (24 users) warms up the JIT, EF and the SDK.
            var (warmUp, large) = (summaries[0], summaries[3]);
            reachable.Remove(warmUp);
            reachable.Remove(large);
            await PollAsync(target, warmUp.Id, CancellationToken.None);
            var largeRaw = await MeasureAsync($"Large tenant, raw fetch alone ({large.UserCount:N0} users)", [large], 1, (id, token) => RawFetchAsync(target, id, true, token));
            var first = await MeasureAsync($"Large tenant, first poll alone ({large.UserCount:N0} users)", [large], 1, (id, token) => PollAsync(target, id, token));
            var repeat = await MeasureAsync($"Large tenant, repeat poll alone ({large.UserCount:N0} users)", [large], 1, (id, token) => PollAsync(target, id, token));
            // The process had warmed up on 24 users: much of the first poll's code was still being compiled. A console that has
            // been running is warm when a large tenant is onboarded; so its users are deleted and the first poll measured again.
            await DeleteUsersAsync(target, large.Id);
            var warmFirst = await MeasureAsync($"Large tenant, first poll again, warm (its users deleted before)", [large], 1, (id, token) => PollAsync(target, id, token));
            Console.WriteLine($"Large tenant vs its raw fetch: first poll {first.Elapsed / largeRaw.Elapsed:F2}x the time, {first.Cpu / largeRaw.Cpu:F2}x the CPU; " +
                $"repeat poll {repeat.Elapsed / largeRaw.Elapsed:F2}x the time, {repeat.Cpu / largeRaw.Cpu:F2}x the CPU; " +
                $"first poll warm {warmFirst.Elapsed / largeRaw.Elapsed:F2}x the time, {warmFirst.Cpu / largeRaw.Cpu:F2}x the CPU");
        }

        var raw = await MeasureAsync("Raw fetch (SDK pages incl. /users, no storage)", reachable, workers,
            (id, token) => RawFetchAsync(target, id, summaries.First(s => s.Id == id).Licensed, token));

        var polled = await MeasureAsync("Poll (SDK pages + upsert + snapshot + run)", reachable, workers, (id, token) => PollAsync(target, id, token));

        Console.WriteLine($"Poll vs raw fetch: {polled.Elapsed.TotalSeconds / raw.Elapsed.TotalSeconds:F2}x the time, {polled.Cpu.TotalSeconds / raw.Cpu.TotalSeconds:F2}x the CPU");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB ({target.MemoryScope})");
        return 0;
    }

    private static async Task<int> RawFetchAsync(IPollTarget target, Guid tenantId, bool licensed, CancellationToken cancellationToken)
    {
        var client = target.Graph.ForTenant(tenantId);
        var users = 0;
        var pages = licensed ? client.ReadRegistrationPagesAsync(cancellationToken) : client.ReadRegistrationPagesFromMethodsAsync(cancellationToken);
        await foreach (var page in pages)
        {
            users += page.Count;
        }

        // The poll also reads /users (accountEnabled) to tell disabled accounts from deleted ones.
        await foreach (var _ in client.ReadUserPagesAsync(cancellationToken))
        {
        }

        return users;
    }

    private static async Task DeleteUsersAsync(IPollTarget target, Guid tenantId)
    {
        await using var db = target.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await TenantFigureStore.DeleteUsersAsync(db, tenantId, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private static async Task<int> PollAsync(IPollTarget target, Guid tenantId, CancellationToken cancellationToken)
    {
        var result = await target.PollAsync(tenantId, cancellationToken);
        await using var db = target.CreateDbContext();
        return result.RunId is { } runId ? db.PollRuns.Single(r => r.Id == runId).Users : 0;
    }

    /// <summary>Wall time and this process's CPU time: on a busy machine the CPU time still compares two phases fairly.</summary>
    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu, int Users)> MeasureAsync(string name, IReadOnlyList<TenantSummary> tenants, int workers, Func<Guid, CancellationToken, Task<int>> work)
    {
        var users = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (tenant, token) =>
        {
            Interlocked.Add(ref users, await work(tenant.Id, token));
        });
        stopwatch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{name}: {users:N0} users in {stopwatch.Elapsed.TotalSeconds:F1} s = {users / stopwatch.Elapsed.TotalSeconds:N0} users/s; CPU {cpu.TotalSeconds:F1} s");
        return (stopwatch.Elapsed, cpu, users);
    }
}
