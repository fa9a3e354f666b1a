using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiBehaviourTests(ApiFixture fixture)
{
    [Fact]
    public async Task SignedInAdminCookie_WithoutKey_IsRefused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Console.Factory.ClientAsync("admin", cancellationToken);

        using var response = await client.GetAsync(new Uri("/api/v1/tenants", UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Tenants_CarryTheOverviewFiguresEnforcementConsentAndPollHealth()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = fixture.Client(fixture.AllTenantsKey);

        var tenants = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/tenants", UriKind.Relative), cancellationToken)).RootElement;

        var alpha = tenants.EnumerateArray().Single(tenant => tenant.GetProperty("id").GetGuid() == fixture.Console.Alpha);
        var figures = alpha.GetProperty("figures");
        // Alpha's seed: 9 users, one removed; one excluded; not registered: admin, Els, formula, hostile (e-mail only); single: Jan; resilient: Marie, rtl.
        Assert.Equal(8, figures.GetProperty("users").GetInt32());
        Assert.Equal(1, figures.GetProperty("excluded").GetInt32());
        Assert.Equal(2, figures.GetProperty("resilient").GetInt32());
        Assert.Equal(1, figures.GetProperty("adminsWithoutMfa").GetInt32());
        Assert.Equal("Granted", alpha.GetProperty("consent").GetString());
        var charlie = tenants.EnumerateArray().Single(tenant => tenant.GetProperty("id").GetGuid() == fixture.Console.Charlie);
        Assert.Contains("403", charlie.GetProperty("pollHealth").GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_FollowingNextLinks_ReadsEveryUserOnce_EvenWhenAPollChangesRowsBetweenPages()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = fixture.Client(fixture.AllTenantsKey);
        var expected = await fixture.WithDbAsync(db => db.TenantUsers.Where(user => user.TenantId == fixture.Console.Alpha && user.RemovedAt == null)
            .Select(user => user.ObjectId).ToListAsync(cancellationToken));

        var seen = new List<string>();
        string? next = $"/api/v1/tenants/{fixture.Console.Alpha}/users?pageSize=3";
        var pages = 0;
        while (next is not null)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync(new Uri(next, UriKind.RelativeOrAbsolute), cancellationToken)).RootElement;
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(user => user.GetProperty("objectId").GetString()!)); // ! : always set.
            next = page.GetProperty("next").GetString();
            if (pages++ == 0)
            {
                // A concurrent poll re-reads every user: rows are updated in place, so the keys (and the pages after) do not move.
                await fixture.WithDbAsync(db => db.TenantUsers.Where(user => user.TenantId == fixture.Console.Alpha)
                    .ExecuteUpdateAsync(set => set.SetProperty(user => user.LastSeenAt, TestClock.Now.AddMinutes(1)), cancellationToken));
            }
        }

        Assert.Equal(3, pages);
        Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Users_FilteredByStatus_ReturnOnlyThatStatus_WithMethodsAndAdminFlag()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = fixture.Client(fixture.AccountManagerKey);

        var page = JsonDocument.Parse(await client.GetStringAsync(
            new Uri($"/api/v1/tenants/{fixture.Console.Alpha}/users?status={MfaStatus.NotRegistered}", UriKind.Relative), cancellationToken)).RootElement;

        var users = page.GetProperty("items").EnumerateArray().ToList();
        // The admin, Els, the formula name and the e-mail-only user (e-mail is no MFA method).
        Assert.Equal(4, users.Count);
        Assert.All(users, user => Assert.Equal("NotRegistered", user.GetProperty("status").GetString()));
        Assert.Single(users, user => user.GetProperty("isAdmin").GetBoolean());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Audit_CarriesTheChainFields_ThatLinkEachEntryToThePreviousOne()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = fixture.Client(fixture.AccountManagerKey);

        var page = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/audit", UriKind.Relative), cancellationToken)).RootElement;

        var entries = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(entries.Count >= 2);
        Assert.All(entries, entry => Assert.Equal(fixture.Console.Alpha, entry.GetProperty("tenantId").GetGuid()));
        Assert.Equal(entries[0].GetProperty("hash").GetString(), entries[1].GetProperty("previousHash").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpoint_AndNoConsolePages_AndDeclaresTheBearerKey()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = fixture.Client(null);

        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellationToken)).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/api/v1/audit", "/api/v1/tenants", "/api/v1/tenants/{id}/snapshots", "/api/v1/tenants/{id}/users"], paths);
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiKey", out _), "the document does not require the API key");
    }

    [Fact]
    public async Task PastTheRateLimit_TheKeyGets429WithRetryAfter_WhileAnotherKeyStillPasses()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var limited = fixture.Console.Factory.WithWebHostBuilder(builder => builder.UseSetting("Api:RequestsPerMinute", "3"));
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.AllTenantsKey);
        using var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", fixture.AccountManagerKey);
        var uri = new Uri("/api/v1/tenants", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var answer = await client.GetAsync(uri, cancellationToken);
            statuses.Add(answer.StatusCode);
        }

        using var refused = await client.GetAsync(uri, cancellationToken);
        using var otherKey = await other.GetAsync(uri, cancellationToken);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without a Retry-After");
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }
}
