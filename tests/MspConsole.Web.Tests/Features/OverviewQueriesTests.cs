using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Tenants;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Overview;
using MspConsole.Web.Security;

namespace MspConsole.Web.Tests.Features;

/// <summary>The overview filtered, sorted, paged and totalled in SQL (SQLite) from the tenants and their stored figures.</summary>
public sealed class OverviewQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("nl-BE")]
    [InlineData("fr-BE")]
    public async Task NameSort_PutsAccentedAndCapitalisedNamesWithTheirLetter_AsTheCultureSortDoes(string culture)
    {
        string[] names = ["Zwolle", "Élan", "eiland", "Ecole", "Ärzte", "appel", "Bakker", "ÉCOLE Ouverte", "çava", "Cuba"];
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        await database.SeedAsync(Ct, [.. names.Select(name => new TenantBuilder().Named(name).Build())]);
        using var _ = new CultureScope(culture);

        var ascending = await NamesAsync(database, new OverviewInput { Sort = OverviewSort.Name });
        var descending = await NamesAsync(database, new OverviewInput { Sort = OverviewSort.Name, Desc = true });

        string[] expected = ["appel", "Ärzte", "Bakker", "çava", "Cuba", "Ecole", "ÉCOLE Ouverte", "eiland", "Élan", "Zwolle"];
        Assert.Equal(expected, ascending);
        var compare = CultureInfo.GetCultureInfo(culture).CompareInfo;
        Assert.Equal(names.Order(Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase))), ascending);
        Assert.Equal(expected.Reverse(), descending);
    }

    [Fact]
    public async Task NamesEqualButForAccentsOrCase_AreOrderedById_ReversedWhenDescending()
    {
        Guid[] ids = [new("00000000-0000-0000-0000-000000000003"), new("00000000-0000-0000-0000-000000000001"), new("00000000-0000-0000-0000-000000000002")];
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        await database.SeedAsync(Ct,
            new TenantBuilder().WithId(ids[0]).Named("Delta").Build(),
            new TenantBuilder().WithId(ids[1]).Named("délta").Build(),
            new TenantBuilder().WithId(ids[2]).Named("DELTA").Build());

        var ascending = await NamesAsync(database, new OverviewInput { Sort = OverviewSort.Name });
        var descending = await NamesAsync(database, new OverviewInput { Sort = OverviewSort.Name, Desc = true });

        Assert.Equal(["délta", "DELTA", "Delta"], ascending);
        Assert.Equal(["Delta", "DELTA", "délta"], descending);
    }

    [Fact]
    public async Task Pages_CoverEveryTenantOnce_AndAPageBeyondTheLastShowsTheLast()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var tenants = Enumerable.Range(0, 120).Select(index => new TenantBuilder().Named($"Klant {index:D3}").Build()).ToList();
        await database.SeedAsync(Ct, [.. tenants]);
        await SetFiguresAsync(database, [.. tenants.Select(tenant => Figures(tenant, users: 10, notRegistered: 1))]);
        var queries = Queries(database);

        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var view = await queries.GetAsync(TenantScope.All, new OverviewInput { Sort = OverviewSort.Users, Page = page }, Ct);
            pages.AddRange(view.Rows.Select(row => row.DisplayName));
        }

        var beyond = await queries.GetAsync(TenantScope.All, new OverviewInput { Sort = OverviewSort.Users, Page = 99 }, Ct);
        Assert.Equal(tenants.Select(tenant => tenant.DisplayName).Order(StringComparer.Ordinal), pages);
        Assert.Equal(3, beyond.Input.Page);
        Assert.Equal(3, beyond.PageCount);
        Assert.Equal(20, beyond.Rows.Count);
        Assert.Equal("Klant 119", beyond.Rows[^1].DisplayName);
        Assert.Equal(120, beyond.MatchingTenants);
        Assert.Equal(1200, beyond.Totals.Users);
        Assert.Equal(120, beyond.Totals.NotRegistered);
    }

    [Fact]
    public async Task AccountManagerScope_And_ManagerFilter_CountAndTotalOnlyTheirTenants()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var mine = new TenantBuilder().Named("Mine").Build();
        var alsoMine = new TenantBuilder().Named("Also mine").Build();
        var other = new TenantBuilder().Named("Other").Build();
        await database.SeedAsync(Ct,
            mine, alsoMine, other,
            new AccountManagerAssignment(mine.Id, "am-1", "am@msp.test", TestClock.Now),
            new AccountManagerAssignment(alsoMine.Id, "am-1", "am@msp.test", TestClock.Now));
        await SetFiguresAsync(database, Figures(mine, users: 10, adminsWithoutMfa: 1), Figures(alsoMine, users: 5), Figures(other, users: 100, adminsWithoutMfa: 3));
        var queries = Queries(database);

        var scoped = await queries.GetAsync(TenantScope.Only([mine.Id, alsoMine.Id]), new OverviewInput(), Ct);
        var filtered = await queries.GetAsync(TenantScope.All, new OverviewInput { Manager = "am-1", Sort = OverviewSort.Name }, Ct);

        foreach (var view in new[] { scoped, filtered })
        {
            Assert.Equal(2, view.MatchingTenants);
            Assert.Equal(15, view.Totals.Users);
            Assert.Equal(1, view.TenantsWithCriticalAdmins);
        }

        Assert.Equal(["Mine", "Also mine"], scoped.Rows.Select(row => row.DisplayName));
        Assert.Equal(["Also mine", "Mine"], filtered.Rows.Select(row => row.DisplayName));
        Assert.Empty(scoped.Managers);
    }

    [Fact]
    public async Task RegisteredSort_TiesByName_TenantsWithoutUsersLast_AndStatusFiltersMatchTheRowsShown()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var half = new TenantBuilder().Named("Half").Build();
        var alsoHalf = new TenantBuilder().Named("Also half").Build();
        var full = new TenantBuilder().Named("Full").Build();
        var empty = new TenantBuilder().Named("Empty").NeverPolled().Build();
        var failing = new TenantBuilder().Named("Failing").WithFailedPoll("boom").WithEnforcement(securityDefaults: false, conditionalAccessPolicies: 0).Build();
        var stale = new TenantBuilder().Named("Stale").PolledAt(TestClock.Now.AddDays(-3)).Build();
        await database.SeedAsync(Ct, half, alsoHalf, full, empty, failing, stale);
        await SetFiguresAsync(database,
            Figures(half, users: 4, notRegistered: 2), Figures(alsoHalf, users: 2, notRegistered: 1),
            Figures(full, users: 3, notRegistered: 0, adminsWithoutMfa: 1), Figures(failing, users: 10, notRegistered: 1),
            Figures(stale, users: 10, notRegistered: 0));
        var queries = Queries(database);

        var registered = await NamesAsync(database, new OverviewInput { Sort = OverviewSort.Registered });
        var critical = await NamesAsync(database, new OverviewInput());
        var belowTarget = await NamesAsync(database, new OverviewInput { Status = OverviewStatusFilter.BelowTarget, Sort = OverviewSort.Name });
        var pollProblems = await queries.GetAsync(TenantScope.All, new OverviewInput { Status = OverviewStatusFilter.PollProblems, Sort = OverviewSort.Name }, Ct);
        var noEnforcement = await NamesAsync(database, new OverviewInput { Status = OverviewStatusFilter.NoEnforcement });
        var all = await queries.GetAsync(TenantScope.All, new OverviewInput(), Ct);

        Assert.Equal(["Also half", "Half", "Failing", "Full", "Stale", "Empty"], registered);
        Assert.Equal(["Full", "Also half", "Half", "Failing", "Stale", "Empty"], critical);
        Assert.Equal(["Also half", "Failing", "Half"], belowTarget);
        Assert.Equal(["Failing", "Stale"], pollProblems.Rows.Select(row => row.DisplayName));
        Assert.Equal(2, pollProblems.TenantsWithPollProblems);
        Assert.Equal(["Failing"], noEnforcement);
        Assert.Equal(2, all.TenantsWithPollProblems);
        Assert.Equal(1, all.TenantsWithCriticalAdmins);
        Assert.Equal(29, all.Totals.Users);
    }

    private static OverviewQueries Queries(SqliteTestDatabase database) => new(database.CreateContext(), new FakeTimeProvider(TestClock.Now));

    private static async Task<List<string>> NamesAsync(SqliteTestDatabase database, OverviewInput input) =>
        [.. (await Queries(database).MatchingRowsAsync(TenantScope.All, input, Ct)).Select(row => row.DisplayName)];

    /// <summary>Figures of a tenant whose registered users all have two methods.</summary>
    private static (Tenant Tenant, int Users, int NotRegistered, int AdminsWithoutMfa) Figures(Tenant tenant, int users, int notRegistered = 0, int adminsWithoutMfa = 0) =>
        (tenant, users, notRegistered, adminsWithoutMfa);

    /// <summary>Writes figures onto the seeded tenants' rows, as the saves of their users would have.</summary>
    private static async Task SetFiguresAsync(SqliteTestDatabase database, params (Tenant Tenant, int Users, int NotRegistered, int AdminsWithoutMfa)[] figures)
    {
        await using var db = database.CreateContext();
        foreach (var (tenant, users, notRegistered, adminsWithoutMfa) in figures)
        {
            await db.Tenants.Where(row => row.Id == tenant.Id).ExecuteUpdateAsync(set => set
                .SetProperty(row => row.Users, users).SetProperty(row => row.NotRegistered, notRegistered)
                .SetProperty(row => row.Resilient, users - notRegistered)
                .SetProperty(row => row.Admins, adminsWithoutMfa).SetProperty(row => row.AdminsWithoutMfa, adminsWithoutMfa), Ct);
        }
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
