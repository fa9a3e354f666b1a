using MspConsole.Core.Graph;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Overview;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Tests.Features;

/// <summary>
/// Measures the overview at the design's scale (5,000 tenants, 200 users each = 1,000,000 users) on SQLite.
/// Slow to seed, so it runs only when MSPCONSOLE_SCALE_TEST=1; the figures are written to the test output.
/// </summary>
public sealed class OverviewScaleTests
{
    private const int Tenants = 5000;

    [Fact]
    public async Task Overview_At5000Tenants_AnswersTheFirstPageQuickly()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("MSPCONSOLE_SCALE_TEST") == "1", "Set MSPCONSOLE_SCALE_TEST=1 to seed 1,000,000 users and measure.");
        var usersPerTenant = int.Parse(Environment.GetEnvironmentVariable("MSPCONSOLE_SCALE_USERS") ?? "200", CultureInfo.InvariantCulture);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var seeding = Stopwatch.StartNew();
        var tenants = await ScaleDataset.SeedAsync(database, Tenants, usersPerTenant, cancellationToken);
        seeding.Stop();
        await using var db = database.CreateContext();
        var clock = new FakeTimeProvider(TestClock.Now);
        var queries = new OverviewQueries(db, clock);
        var managerScope = TenantScope.Only(tenants.Take(250).Select(tenant => tenant.Id));

        await queries.GetAsync(TenantScope.All, new OverviewInput(), cancellationToken);
        var counting = await TimeAsync(() => db.Tenants.AsNoTracking().Select(tenant => tenant.Figures).ToListAsync(cancellationToken));
        var all = await TimeAsync(() => queries.GetAsync(TenantScope.All, new OverviewInput(), cancellationToken));
        var sorted = await TimeAsync(() => queries.GetAsync(TenantScope.All, new OverviewInput { Sort = OverviewSort.Registered, Page = 40 }, cancellationToken));
        var manager = await TimeAsync(() => queries.GetAsync(managerScope, new OverviewInput(), cancellationToken));
        var search = await TimeAsync(() => queries.GetAsync(TenantScope.All, new OverviewInput { Q = "tenant 12" }, cancellationToken));

        TestContext.Current.SendDiagnosticMessage(
            "Seeded {0:N0} users in {1:N1} s. Reading every tenant's stored figures: {2} ms; overview all tenants: {3} ms; sorted page 40: {4} ms; 250-tenant account manager: {5} ms; search: {6} ms",
            Tenants * usersPerTenant, seeding.Elapsed.TotalSeconds, counting.Milliseconds, all.Milliseconds, sorted.Milliseconds, manager.Milliseconds, search.Milliseconds);
        await File.WriteAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "overview-scale.txt"),
            $"users={Tenants * usersPerTenant} seeding={seeding.Elapsed.TotalSeconds:N0}s all-tenant-figures={counting.Milliseconds}ms all={all.Milliseconds}ms sorted-page-40={sorted.Milliseconds}ms manager-250={manager.Milliseconds}ms search={search.Milliseconds}ms\n",
            cancellationToken);
        Assert.Equal(Tenants, counting.Result.Count);
        Assert.Equal(Tenants, all.Result.MatchingTenants);
        Assert.Equal(Tenants * usersPerTenant, all.Result.Totals.Users);
        Assert.Equal(250, manager.Result.MatchingTenants);
    }

    private static async Task<(T Result, long Milliseconds)> TimeAsync<T>(Func<Task<T>> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await action();
        return (result, stopwatch.ElapsedMilliseconds);
    }
}
