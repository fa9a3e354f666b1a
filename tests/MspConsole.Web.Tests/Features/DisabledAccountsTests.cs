using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Security;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Tests.Features;

/// <summary>Disabled accounts: listed under their own status and filter, out of every compliance figure.</summary>
public sealed class DisabledAccountsTests : IAsyncLifetime
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly Guid tenant = Guid.NewGuid();
    private readonly string disabledUser = Guid.NewGuid().ToString();
    private SqliteTestDatabase? database;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(cancellation);
        await database.SeedAsync(cancellation,
            new TenantBuilder().WithId(tenant).Named("Delta Assurances", "delta-assurances.be").Build(),
            new TenantUserBuilder(tenant).Named("Ann Active", "ann@delta-assurances.be").Resilient().Build(),
            new TenantUserBuilder(tenant).Named("Bob Bare", "bob@delta-assurances.be").NotRegistered().Build(),
            new TenantUserBuilder(tenant).Named("Cas Single", "cas@delta-assurances.be").SingleMethod().Build(),
            new TenantUserBuilder(tenant).WithObjectId(disabledUser).Named("Dirk Disabled", "dirk@delta-assurances.be").Resilient().Disabled().Build(),
            new TenantUserBuilder(tenant).Named("Eva Ex-admin", "eva@delta-assurances.be").AsAdmin().NotRegistered().Disabled().Build());
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Counts_AndMethodChart_LeaveDisabledAccountsOut_AndEqualARecountOfTheUserTable()
    {
        await using var db = database!.CreateContext();

        var counts = await db.FiguresOfTenantAsync(TenantScope.All, tenant, cancellation);
        var methods = await new TenantQueries(db, TimeProvider.System).MethodsAsync(TenantScope.All, tenant, cancellation);

        var counted = db.TenantUsers.Where(u => u.TenantId == tenant && u.RemovedAt == null && u.Status != MfaStatus.Disabled).ToList();
        Assert.Equal(counted.Count, counts.Users);
        Assert.Equal(3, counts.Users);
        Assert.Equal((1, 1, 1), (counts.NotRegistered, counts.SingleMethod, counts.Resilient));
        Assert.Equal(0, counts.AdminsWithoutMfa);
        Assert.Equal(counted.Count(u => u.IsAdmin), counts.Admins);
        Assert.Equal(1, methods.Single(m => m.Name == MethodNames.Authenticator).Users);
    }

    [Fact]
    public async Task UserTable_DisabledFilter_ListsOnlyDisabledAccounts_AllUsersStillListsThem()
    {
        await using var db = database!.CreateContext();
        var queries = new TenantUserQueries(db);

        var disabled = await queries.PageAsync(TenantScope.All, tenant, new TenantUserInput { Filter = UserFilter.Disabled }, cancellation);
        var all = await queries.PageAsync(TenantScope.All, tenant, new TenantUserInput(), cancellation);
        var needingAction = await queries.NeedingActionAsync(TenantScope.All, tenant, 10, cancellation);

        Assert.Equal(["dirk@delta-assurances.be", "eva@delta-assurances.be"], disabled.Rows.Select(r => r.UserPrincipalName));
        Assert.All(disabled.Rows, r => Assert.Equal(MfaStatus.Disabled, r.Status));
        Assert.Equal(5, all.MatchingUsers);
        Assert.DoesNotContain(needingAction.SelectMany(group => group.Rows), r => r.Status == MfaStatus.Disabled);
    }

    [Theory]
    [InlineData("nl-BE", "Account uitgeschakeld", "Uitgeschakelde accounts")]
    [InlineData("fr-BE", "Compte désactivé", "Comptes désactivés")]
    [InlineData("en-GB", "Account disabled", "Disabled accounts")]
    public async Task TenantPage_ShowsTheDisabledBadgeAndFilter_InTheUsersLanguage(string language, string badge, string filter)
    {
        await using var factory = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database!.ConnectionString));
        using var client = await factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/tenants/{tenant}?filter=Disabled");
        request.Headers.TryAddWithoutValidation("Accept-Language", language);

        using var response = await client.SendAsync(request, cancellation);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($">{badge}</span>", html, StringComparison.Ordinal);
        Assert.Contains($">{filter}</a>", html, StringComparison.Ordinal);
        Assert.Contains("Dirk Disabled", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Active", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserPage_ExplainsTheDisabledAccount_AndOffersNoReminder()
    {
        await using var factory = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database!.ConnectionString));
        using var client = await factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/tenants/{tenant}/users/{disabledUser}");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl-BE");

        using var response = await client.SendAsync(request, cancellation);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));

        Assert.Contains("Het account is uitgeschakeld in Entra ID", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-status\">Account uitgeschakeld<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-actions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/actions/send-reminder", html, StringComparison.Ordinal);
    }
}
