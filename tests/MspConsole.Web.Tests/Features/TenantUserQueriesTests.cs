using System.Globalization;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Security;

namespace MspConsole.Web.Tests.Features;

public sealed class TenantUserQueriesTests
{
    [Fact]
    public async Task PageAsync_FollowingNextKeys_VisitsEveryUserOnceInUpnOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var tenant = new TenantBuilder().Build();
        List<object> seed = [tenant];
        seed.AddRange(Enumerable.Range(0, 123).Select(index => new TenantUserBuilder(tenant.Id).WithUpn($"u{index % 40:D2}-{index:D3}@x.test").Build()));
        await database.SeedAsync(seed, cancellationToken);
        await using var db = database.CreateContext();
        var queries = new TenantUserQueries(db);

        List<string> seen = [];
        var input = new TenantUserInput();
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await queries.PageAsync(TenantScope.All, tenant.Id, input, cancellationToken);
            Assert.Equal(123, page.MatchingUsers);
            seen.AddRange(page.Rows.Select(row => row.UserPrincipalName));
            if (page.NextAfter is not { } last)
            {
                break;
            }

            input = input with { After = last.UserPrincipalName, AfterId = last.Id };
        }

        Assert.Equal(123, seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(123, seen.Distinct().Count());
    }

    [Theory]
    [InlineData(UserSort.Status, false)]
    [InlineData(UserSort.Status, true)]
    [InlineData(UserSort.Methods, false)]
    [InlineData(UserSort.Methods, true)]
    [InlineData(UserSort.Name, true)]
    [InlineData(UserSort.Upn, true)]
    public async Task PageAsync_SortedAndFollowingNextKeys_VisitsEveryUserOnceInSortOrder(UserSort sort, bool descending)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var tenant = new TenantBuilder().Build();
        List<object> seed = [tenant];
        seed.AddRange(Enumerable.Range(0, 137).Select(index =>
        {
            var builder = new TenantUserBuilder(tenant.Id).WithUpn($"u{index:D3}@x.test").Named($"User {index % 7}", $"u{index:D3}@x.test");
            return ((index % 4) switch { 0 => builder.NotRegistered(), 1 => builder.SingleMethod(), 2 => builder.Resilient(), _ => builder.Excluded("service account") }).Build();
        }));
        await database.SeedAsync(seed, cancellationToken);
        await using var db = database.CreateContext();
        var queries = new TenantUserQueries(db);

        List<TenantUserRow> seen = [];
        var input = new TenantUserInput { Sort = sort, Desc = descending };
        var pages = 0;
        while (true)
        {
            var page = await queries.PageAsync(TenantScope.All, tenant.Id, input, cancellationToken);
            pages++;
            Assert.Equal(3, page.PageCount);
            Assert.Equal(pages, input.PageShown);
            seen.AddRange(page.Rows);
            if (page.NextAfter is not { } last)
            {
                break;
            }

            input = input with { After = UserKeyset.KeyOf(sort, last), AfterId = last.Id, Page = input.PageShown + 1 };
        }

        Assert.Equal(3, pages);
        Assert.Equal(137, seen.Select(row => row.Id).Distinct().Count());
        IComparer<string> keys = sort is UserSort.Status or UserSort.Methods
            ? Comparer<string>.Create((a, b) => int.Parse(a, CultureInfo.InvariantCulture).CompareTo(int.Parse(b, CultureInfo.InvariantCulture)))
            : StringComparer.Ordinal;
        var expected = descending
            ? seen.OrderByDescending(row => UserKeyset.KeyOf(sort, row), keys).ThenByDescending(row => row.Id)
            : seen.OrderBy(row => UserKeyset.KeyOf(sort, row), keys).ThenBy(row => row.Id);
        Assert.Equal(expected.Select(row => row.Id), seen.Select(row => row.Id));
    }

    [Fact]
    public async Task PageAsync_FilteredToNotRegisteredAndSearched_ReturnsOnlyMatchingCurrentUsers()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var tenant = new TenantBuilder().Build();
        await database.SeedAsync(cancellationToken,
            tenant,
            new TenantUserBuilder(tenant.Id).WithUpn("anna@x.test").NotRegistered().Build(),
            new TenantUserBuilder(tenant.Id).WithUpn("annelies@x.test").Resilient().Build(),
            new TenantUserBuilder(tenant.Id).WithUpn("annick@x.test").NotRegistered().Removed().Build(),
            new TenantUserBuilder(tenant.Id).WithUpn("bert@x.test").NotRegistered().Build());
        await using var db = database.CreateContext();

        var page = await new TenantUserQueries(db).PageAsync(TenantScope.All, tenant.Id, new TenantUserInput { Filter = UserFilter.NotRegistered, Q = "ann" }, cancellationToken);

        var row = Assert.Single(page.Rows);
        Assert.Equal("anna@x.test", row.UserPrincipalName);
        Assert.Equal(MfaStatus.NotRegistered, row.Status);
    }

    [Fact]
    public async Task PageAsync_ForTenantOutsideScope_ReturnsNothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        var tenant = new TenantBuilder().Build();
        await database.SeedAsync(cancellationToken, tenant, new TenantUserBuilder(tenant.Id).Build());
        await using var db = database.CreateContext();

        var page = await new TenantUserQueries(db).PageAsync(TenantScope.Only([Guid.NewGuid()]), tenant.Id, new TenantUserInput(), cancellationToken);

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.MatchingUsers);
    }
}
