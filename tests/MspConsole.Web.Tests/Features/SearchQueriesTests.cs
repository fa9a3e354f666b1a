using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Search;
using MspConsole.Web.Security;

namespace MspConsole.Web.Tests.Features;

/// <summary>Finding the caller by what they say: any word, by prefix, without case, accents or the space in a Flemish surname.</summary>
public sealed class SearchQueriesTests : IAsyncLifetime
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly Core.Tenants.Tenant north = new TenantBuilder().Named("Makelaardij Noord", "noord.test").Build();
    private readonly Core.Tenants.Tenant south = new TenantBuilder().Named("Courtage Sud", "sud.test").Build();
    private SqliteTestDatabase? database;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(cancellation);
        await database.SeedAsync(cancellation,
            north,
            south,
            new TenantUserBuilder(north.Id).Named("Wim Van Acker", "wim.vanacker@noord.test").Build(),
            new TenantUserBuilder(north.Id).Named("Acker Peeters", "a.peeters@noord.test").Build(),
            new TenantUserBuilder(north.Id).Named("Vanessa Ackermans", "vanessa@noord.test").Build(),
            new TenantUserBuilder(south.Id).Named("Élise Dupré", "elise.dupre@sud.test").Build(),
            new TenantUserBuilder(south.Id).Named("Jan Vanacker", "jan@sud.test").Build(),
            new TenantUserBuilder(south.Id).Named("Gone Acker", "gone@sud.test").Removed().Build());
    }

    [Theory]
    [InlineData("vanacker", new[] { "Wim Van Acker", "Jan Vanacker" })]
    [InlineData("Van Acker", new[] { "Wim Van Acker", "Jan Vanacker" })]
    [InlineData("acker", new[] { "Acker Peeters", "Wim Van Acker", "Vanessa Ackermans" })]
    [InlineData("wim van", new[] { "Wim Van Acker" })]
    [InlineData("elise", new[] { "Élise Dupré" })]
    [InlineData("DUPRE", new[] { "Élise Dupré" })]
    [InlineData("wim.vanacker@noord", new[] { "Wim Van Acker" })]
    public async Task FindAsync_ByAnyWordPrefix_FindsTheCallerAcrossTenants_FullNameMatchesFirst(string query, string[] expected)
    {
        var results = await FindAsync(TenantScope.All, query);

        Assert.Equal(expected, results.Select(result => result.DisplayName));
    }

    [Fact]
    public async Task FindAsync_ForAnAccountManager_OnlyFindsUsersOfTheirTenants()
    {
        var results = await FindAsync(TenantScope.Only([north.Id]), "vanacker");

        Assert.Equal(["Wim Van Acker"], results.Select(result => result.DisplayName));
    }

    [Fact]
    public async Task FindAsync_AfterARename_FindsTheNewNameOnly()
    {
        await using (var db = database!.CreateContext())
        {
            var user = await db.TenantUsers.SingleAsync(u => u.UserPrincipalName == "jan@sud.test", cancellation);
            user.Refresh(new Core.Graph.UserRegistration(user.ObjectId, "jan@sud.test", "Jan Claes", false, false, false, false, false, false, [], null, null), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(cancellation);
            await SearchTermWriter.WriteStaleAsync(db, [user], cancellation);
        }

        Assert.Equal(["Wim Van Acker"], (await FindAsync(TenantScope.All, "vanacker")).Select(result => result.DisplayName));
        Assert.Equal(["Jan Claes"], (await FindAsync(TenantScope.All, "claes")).Select(result => result.DisplayName));
    }

    private async Task<IReadOnlyList<SearchResult>> FindAsync(TenantScope scope, string query)
    {
        await using var db = database!.CreateContext();
        return await new SearchQueries(db).FindAsync(scope, query, cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
