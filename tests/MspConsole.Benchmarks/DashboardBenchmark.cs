using Microsoft.EntityFrameworkCore;
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
/// at a time, then many at once, each time after the floor page alone (signed in, the layout, no data: what the framework
/// costs). Prints percentiles per page, throughput against the floor's, and the console's peak memory; optionally the user
/// table of one large tenant under load.
/// Usage: dotnet run -c Release --project tests/MspConsole.Benchmarks -- dashboard [--tenants 5000] [--users 200] [--clients 16] [--seconds 30] [--large-tenant-users 20000]
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
        var largeTenantUsers = Options.Int(args, "--large-tenant-users", 0);
        var managedTenants = Math.Min(AccountManagerTenants, tenantCount);
        var cancellationToken = CancellationToken.None;

        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var seeding = Stopwatch.StartNew();
        var tenants = await ScaleDataset.SeedAsync(database, tenantCount, usersPerTenant, cancellationToken);
        await database.SeedAsync(tenants.Take(managedTenants).Select(t => HistoryBuilder.Assignment(t.Id, "6a1c0000-0000-4000-8000-00000000c001", "anna.vermeulen@msp.example")), cancellationToken);
        var large = largeTenantUsers > 0 ? await LargeTenantAsync(database, largeTenantUsers, cancellationToken) : null;
        Console.WriteLine($"Dataset: {tenantCount:N0} tenants x {usersPerTenant:N0} users = {tenantCount * usersPerTenant:N0} users (SQLite), seeded in {seeding.Elapsed.TotalSeconds:N0} s; " +
            $"the account manager has {managedTenants} tenants" + (large is null ? "" : $"; one more tenant has {largeTenantUsers:N0} users"));

        await using var console = await ConsoleProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = database.PooledConnectionString,
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
        var workload = new Workload(tenants.Select(t => t.Id).ToArray(), managedTenants, usersPerTenant, large);
        var duration = TimeSpan.FromSeconds(seconds);

        await RunPhaseAsync("Warm-up (not counted)", console.BaseAddress, workload.Next, clients: 2, TimeSpan.FromSeconds(Math.Min(10, seconds)), print: false);
        await RunPhaseAsync("Warm-up of the floor page (not counted)", console.BaseAddress, Workload.Floor, clients: 2, TimeSpan.FromSeconds(2), print: false);
        var failed = false;
        foreach (var count in clients == 1 ? [1] : new[] { 1, clients })
        {
            // The floor page alone, then the real pages, at the same number of clients: their ratio is what the pages cost beyond the framework.
            var floor = await RunPhaseAsync($"Floor page only (signed in, the layout, no data), {Clients(count)}", console.BaseAddress, Workload.Floor, count, duration, print: true);
            var pages = await RunPhaseAsync($"Dashboard pages, {Clients(count)}", console.BaseAddress, workload.Next, count, duration, print: true);
            Console.WriteLine($"  {Clients(count)}: the pages together at {pages.Throughput / floor.Throughput:F2} of the floor page's pages/s; worst page p95 {pages.WorstP95:F0} ms (floor p95 {floor.P95:F0} ms)");
            failed |= pages.Errors > 0 || floor.Errors > 0;
        }

        if (large is not null)
        {
            var table = await RunPhaseAsync($"Large tenant's user table ({largeTenantUsers:N0} users: every filter, every sort both ways, first and deep pages), {Clients(clients)}",
                console.BaseAddress, workload.LargeTenantTable, clients, duration, print: true, helpdeskOnly: true);
            Console.WriteLine($"  Large tenant's user table: worst p95 {table.WorstP95:F0} ms over its filters");
            failed |= table.Errors > 0;
        }

        Console.WriteLine(console.PeakWorkingSetBytes is { } peak
            ? $"Console peak working set: {peak / 1024 / 1024:N0} MB (its own process)"
            : "Console peak working set: not available on this platform");
        return failed ? 1 : 0;
    }

    private static string Clients(int count) => count == 1 ? "1 client" : $"{count} clients at once";

    private static async Task<LargeTenant> LargeTenantAsync(SqliteTestDatabase database, int users, CancellationToken cancellationToken)
    {
        var tenant = await ScaleDataset.SeedLargeTenantAsync(database, users, cancellationToken);
        await using var db = database.CreateContext();
        var ids = await db.TenantUsers.Where(user => user.TenantId == tenant.Id).GroupBy(user => user.TenantId)
            .Select(group => new { First = group.Min(user => user.Id), Last = group.Max(user => user.Id) }).SingleAsync(cancellationToken);
        return new LargeTenant(tenant.Id, tenant.DefaultDomain, users, ids.First, ids.Last);
    }

    private static async Task<PhaseResult> RunPhaseAsync(string name, Uri baseAddress, Func<Random, string, (string Page, string Url)> next, int clients, TimeSpan duration, bool print, bool helpdeskOnly = false)
    {
        var samples = new List<(string Page, double Milliseconds, bool Ok)>();
        var sessions = await Task.WhenAll(Enumerable.Range(0, clients).Select(index => SignInAsync(baseAddress, index % 3 == 2 && !helpdeskOnly ? "am-north" : "helpdesk")));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(async (session, index) =>
        {
            var random = new Random(index);
            while (stopwatch.Elapsed < duration)
            {
                var (page, url) = next(random, session.Persona);
                var started = Stopwatch.GetTimestamp();
                using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.LoadIntoBufferAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (samples)
                {
                    if (response.StatusCode != HttpStatusCode.OK && !samples.Any(s => s.Page == page && !s.Ok))
                    {
                        Console.WriteLine($"  error: {url} answered {(int)response.StatusCode} {response.StatusCode}");
                    }

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
        var result = new PhaseResult(
            samples.Count / stopwatch.Elapsed.TotalSeconds,
            Percentile(samples.Select(s => s.Milliseconds), 0.95),
            samples.GroupBy(s => s.Page).Max(group => Percentile(group.Select(s => s.Milliseconds), 0.95)),
            errors);
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

    private sealed record PhaseResult(double Throughput, double P95, double WorstP95, int Errors);

    private sealed record LargeTenant(Guid Id, string Domain, int Users, long FirstUserId, long LastUserId);

    /// <summary>What people click: mostly the overview and tenant pages, then search and single users.</summary>
    private sealed class Workload(Guid[] tenants, int managedTenants, int usersPerTenant, LargeTenant? large)
    {
        private static readonly string[] Sorts = ["Name", "Users", "Registered", "Resilient", "LastPoll"];

        /// <summary>What a caller says: part of a surname, without its space or accent ("acker", "vanacker", "dupre").</summary>
        private static readonly string[] PartialSurnames = [.. ScaleDataset.Surnames
            .Select(surname => SearchTerms.Normalize(surname.Split(' ')[^1]))
            .Concat(ScaleDataset.Surnames.Where(surname => surname.Contains(' ', StringComparison.Ordinal)).Select(SearchTerms.Normalize))
            .Select(term => term.Length > 5 ? term[..^1] : term)
            .Distinct(StringComparer.Ordinal)];

        private static readonly string[] Filters = ["All", "NotRegistered", "SingleMethod", "Resilient", "Excluded", "Disabled", "Admins", "CriticalAdmins"];

        private static readonly string[] UserSorts = ["Upn", "Name", "Status", "Methods"];

        public static (string Page, string Url) Floor(Random random, string persona) => ("floor page", "/floor");

        /// <summary>The large tenant's user table: any filter, any sort either way, the first page or one deep in the list (a keyset
        /// bound drawn from the tenant's own keys, as the "next" link carries it).</summary>
        public (string Page, string Url) LargeTenantTable(Random random, string persona)
        {
            var tenant = large ?? throw new InvalidOperationException("No large tenant was seeded.");
            var filter = Filters[random.Next(Filters.Length)];
            var sort = UserSorts[random.Next(UserSorts.Length)];
            var desc = random.Next(2) == 1 ? "true" : "false";
            var url = $"/tenants/{tenant.Id}?filter={filter}&sort={sort}&desc={desc}";
            if (random.Next(2) == 0)
            {
                return ($"large tenant table, {filter}, first page", url);
            }

            var after = sort switch
            {
                "Name" => ScaleDataset.Surnames[random.Next(ScaleDataset.Surnames.Length)][..1],
                "Status" => random.Next(4).ToString(CultureInfo.InvariantCulture),
                "Methods" => random.Next(3).ToString(CultureInfo.InvariantCulture),
                _ => $"user{random.Next(1, tenant.Users + 1)}@{tenant.Domain}",
            };
            var afterId = random.NextInt64(tenant.FirstUserId, tenant.LastUserId + 1);
            return ($"large tenant table, {filter}, deep page", $"{url}&after={Uri.EscapeDataString(after)}&afterId={afterId}&page={random.Next(2, 200)}");
        }

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
