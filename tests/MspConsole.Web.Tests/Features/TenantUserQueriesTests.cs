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
