using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Benchmarks;

/// <summary>
/// Dashboard latency: the console in its own process on a SQLite file at the design's scale, read over HTTP by signed-in
/// helpdesk engineers and account managers clicking through the overview, tenant pages, search and user pages — first one
/// at a time, then many at once. Prints percentiles per page, throughput, and the console's peak memory.
/// Usage: dotnet run -c Release --project tests/MspConsole.Benchmarks -- dashboard [--tenants 5000] [--users 200] [--clients 16] [--seconds 30]
/// </summary>
internal static partial class DashboardBenchmark
{
    private const int AccountManagerTenants = 250;

    public static async Task<int> RunAsync(string[] args)
    {
        var tenantCount = Options.Int(args, "--tenants", 5000);
        var usersPerTenant = Options.Int(args, "--users", 200);
        var clients = Options.Int(args, "--clients", 16);
        var seconds = Options.Int(args, "--seconds", 30);
        var managedTenants = Math.Min(AccountManagerTenants, tenantCount);
        var cancellationToken = CancellationToken.None;

        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var seeding = Stopwatch.StartNew();
        var tenants = await ScaleDataset.SeedAsync(database, tenantCount, usersPerTenant, cancellationToken);
        await database.SeedAsync(tenants.Take(managedTenants).Select(t => HistoryBuilder.Assignment(t.Id, "6a1c0000-0000-4000-8000-00000000c001", "anna.vermeulen@msp.example")), cancellationToken);
        Console.WriteLine($"Dataset: {tenantCount:N0} tenants x {usersPerTenant:N0} users = {tenantCount * usersPerTenant:N0} users (SQLite), seeded in {seeding.Elapsed.TotalSeconds:N0} s; " +
            $"the account manager has {managedTenants} tenants");

        await using var console = await ConsoleProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Database__DataDirectory"] = Path.Combine(Path.GetTempPath(), "mspconsole-benchmark"),
            ["Authentication__Mode"] = "Development",
            ["Authentication__SeedDemoAssignments"] = "false",
            ["Simulator__Embedded"] = "false",
            ["Simulator__SeedDemoTenants"] = "false",
            ["Jobs__ServerEnabled"] = "false",
            // The pages read the database only: no Graph is reachable or needed.
            ["Graph__GraphBaseUrl"] = "http://127.0.0.1:9",
            ["Graph__LoginBaseUrl"] = "http://127.0.0.1:9",
            ["Graph__ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph__ClientSecret"] = "unused",
            ["Graph__TokenSource"] = "ClientCredentials",
            // Request logging off (it would measure the console sink); the "Now listening on" line stays.
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information",
        }, waitForSimulator: false, cancellationToken);
        var workload = new Workload(tenants.Select(t => t.Id).ToArray(), managedTenants, usersPerTenant);

        await RunPhaseAsync("Warm-up (not counted)", console.BaseAddress, workload, clients: 2, TimeSpan.FromSeconds(Math.Min(10, seconds)), print: false);
        var idle = await RunPhaseAsync("One user at a time", console.BaseAddress, workload, clients: 1, TimeSpan.FromSeconds(seconds), print: true);
        var loaded = await RunPhaseAsync($"{clients} users at once", console.BaseAddress, workload, clients, TimeSpan.FromSeconds(seconds), print: true);

        Console.WriteLine($"Under load: {loaded.Throughput / idle.Throughput:F1}x the pages per second, p95 {loaded.P95 / idle.P95:F1}x the single-user p95");
        Console.WriteLine(console.PeakWorkingSetBytes is { } peak
            ? $"Console peak working set: {peak / 1024 / 1024:N0} MB (its own process)"
            : "Console peak working set: not available on this platform");
        return loaded.Errors == 0 && idle.Errors == 0 ? 0 : 1;
    }

    private static async Task<PhaseResult> RunPhaseAsync(string name, Uri baseAddress, Workload workload, int clients, TimeSpan duration, bool print)
    {
        var samples = new List<(string Page, double Milliseconds, bool Ok)>();
        var sessions = await Task.WhenAll(Enumerable.Range(0, clients).Select(index => SignInAsync(baseAddress, index % 3 == 2 ? "am-north" : "helpdesk")));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(async (session, index) =>
        {
            var random = new Random(index);
            while (stopwatch.Elapsed < duration)
            {
                var (page, url) = workload.Next(random, session.Persona);
                var started = Stopwatch.GetTimestamp();
                using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.LoadIntoBufferAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (samples)
                {
                    samples.Add((page, elapsed, response.StatusCode == HttpStatusCode.OK));
                }
            }
        }));
        stopwatch.Stop();
        foreach (var session in sessions)
        {
            session.Client.Dispose();
        }

        var errors = samples.Count(s => !s.Ok);
        var result = new PhaseResult(samples.Count / stopwatch.Elapsed.TotalSeconds, Percentile(samples.Select(s => s.Milliseconds), 0.95), errors);
        if (print)
        {
            Console.WriteLine();
            Console.WriteLine($"{name}: {samples.Count:N0} pages in {stopwatch.Elapsed.TotalSeconds:F0} s = {result.Throughput:F1} pages/s, {errors} errors");
            Console.WriteLine($"  {"page",-42} {"count",7} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
            foreach (var group in samples.GroupBy(s => s.Page).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var times = group.Select(s => s.Milliseconds).ToList();
                Console.WriteLine($"  {group.Key,-42} {times.Count,7} {group.Count(s => !s.Ok),7} {Percentile(times, 0.50),8:F0} {Percentile(times, 0.95),8:F0} {Percentile(times, 0.99),8:F0} {times.Max(),8:F0}");
            }
        }

        return result;
    }

    private static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    /// <summary>Signs a client in through the development sign-in page, as a browser would.</summary>
    private static async Task<Session> SignInAsync(Uri baseAddress, string persona)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative));
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["persona"] = persona, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {persona} answered {response.StatusCode}.");
        }

        return new Session(client, persona);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed record Session(HttpClient Client, string Persona);

    private sealed record PhaseResult(double Throughput, double P95, int Errors);

    /// <summary>What people click: mostly the overview and tenant pages, then search and single users.</summary>
    private sealed class Workload(Guid[] tenants, int managedTenants, int usersPerTenant)
    {
        private static readonly string[] Sorts = ["Name", "Users", "Registered", "Resilient", "LastPoll"];

        /// <summary>What a caller says: part of a surname, without its space or accent ("acker", "vanacker", "dupre").</summary>
        private static readonly string[] PartialSurnames = [.. ScaleDataset.Surnames
            .Select(surname => SearchTerms.Normalize(surname.Split(' ')[^1]))
            .Concat(ScaleDataset.Surnames.Where(surname => surname.Contains(' ', StringComparison.Ordinal)).Select(SearchTerms.Normalize))
            .Select(term => term.Length > 5 ? term[..^1] : term)
            .Distinct(StringComparer.Ordinal)];

        public (string Page, string Url) Next(Random random, string persona)
        {
            var managed = persona == "am-north";
            var tenant = tenants[random.Next(managed ? managedTenants : tenants.Length)];
            var pages = Math.Max(1, (managed ? managedTenants : tenants.Length) / 50);
            var user = random.Next(1, usersPerTenant + 1);
            return random.Next(10) switch
            {
                < 3 => ($"overview, first page ({persona})", "/"),
                < 4 => ($"overview, sorted, any page ({persona})", $"/?sort={Sorts[random.Next(Sorts.Length)]}&page={random.Next(1, pages + 1)}"),
                < 6 => ($"tenant page ({persona})", $"/tenants/{tenant}"),
                < 7 => ($"tenant users, not registered ({persona})", $"/tenants/{tenant}?filter=NotRegistered"),
                < 8 => ($"search a user ({persona})", $"/search?q=user{user}%40scale{random.Next(managed ? managedTenants : tenants.Length):D4}"),
                < 9 => ($"search a partial surname ({persona})", $"/search?q={Uri.EscapeDataString(PartialSurnames[random.Next(PartialSurnames.Length)])}"),
                _ => ($"user page ({persona})", $"/tenants/{tenant}/users/{tenant}-{user}"),
            };
        }
    }
}
