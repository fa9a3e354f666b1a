using System.Globalization;

namespace MspConsole.Benchmarks;

/// <summary>
/// Benchmarks print figures a person can compare (README "Benchmarks"):
///   poll      — poll throughput against raw page fetching, peak memory
///   dashboard — dashboard latency with one user and under concurrent load, the console's peak memory
/// Usage: dotnet run -c Release --project tests/MspConsole.Benchmarks -- poll|dashboard [options]
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "dashboard" => await DashboardBenchmark.RunAsync(args[1..]),
        "poll" => await PollBenchmark.RunAsync(args[1..]),
        null => await PollBenchmark.RunAsync(args),
        var option when option.StartsWith("--", StringComparison.Ordinal) => await PollBenchmark.RunAsync(args),
        var unknown => Usage(unknown),
    };

    private static int Usage(string unknown)
    {
        Console.Error.WriteLine($"Unknown benchmark '{unknown}'. Use: poll [--tenants 1000] [--seed 1] [--workers 4] [--simulator-process] [--large-tenant-users 20000] | dashboard [--tenants 5000] [--users 200] [--clients 16] [--seconds 30] [--large-tenant-users 0]");
        return 2;
    }
}

internal static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
