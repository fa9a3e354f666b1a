using Microsoft.EntityFrameworkCore;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Graph;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Actions;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Users;

/// <summary>"Re-read from Microsoft 365" on the user page: the helpdesk sees a change the user made since the last poll.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class RefreshUserTests(ActionsWebFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public static TheoryData<string, string, HttpStatusCode> Cases()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var tenant in new[] { "own", "foreign" })
        {
            data.Add(DevelopmentPersonas.Admin.Key, tenant, HttpStatusCode.Redirect);
            data.Add(DevelopmentPersonas.Helpdesk.Key, tenant, HttpStatusCode.Redirect);
            data.Add(DevelopmentPersonas.AccountManagerNorth.Key, tenant, HttpStatusCode.Forbidden);
            data.Add(DevelopmentPersonas.AccountManagerSouth.Key, tenant, HttpStatusCode.Forbidden);
            data.Add(DevelopmentPersonas.NoRole.Key, tenant, HttpStatusCode.Forbidden);
            data.Add(SignIn.Anonymous, tenant, HttpStatusCode.Redirect);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Refresh_ForPersonaAndTenant_AnswersTheExpectedStatus(string persona, string tenant, HttpStatusCode expected)
    {
        using var client = await fixture.Factory.ClientAsync(persona, cancellation);
        var (tenantId, userId) = tenant == "own" ? (fixture.Own, fixture.OwnUser) : (fixture.Foreign, fixture.ForeignUser);

        using var response = await PostRefreshAsync(client, tenantId, userId);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect && persona != SignIn.Anonymous)
        {
            Assert.Equal($"/tenants/{tenantId}/users/{userId}", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Refresh_ShowsAPhoneTheUserRegisteredSinceTheLastPoll()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var client = await EnglishHelpdeskAsync();
        var before = await UserPageAsync(client, userId);
        Assert.True(fixture.Simulator.RegisterPhone(fixture.Own, Guid.Parse(userId), "office", "+32 29999999"));

        using var response = await PostRefreshAsync(client, fixture.Own, userId);
        var after = await UserPageAsync(client, userId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("+32 29999999", before, StringComparison.Ordinal);
        Assert.Contains("+32 29999999", after, StringComparison.Ordinal);
        await using (var db = fixture.Database.CreateContext())
        {
            Assert.Contains("officePhone", (await db.TenantUsers.AsNoTracking().SingleAsync(u => u.ObjectId == userId, cancellation)).MethodsRegistered);
        }

        Assert.Contains("Re-read from Microsoft 365 just now.", after, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.AuditCountAsync(userId));
    }

    [Fact]
    public async Task Refresh_WhenGraphThrottles_SaysSoInPlainWords_AndKeepsTheLastPoll()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var client = await EnglishHelpdeskAsync();
        // Exactly the attempts the SDK makes (first try and its retries), so no fault is left over for other tests.
        var attempts = fixture.Factory.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MaxRetries + 1;
        fixture.Simulator.Faults.FailNext(fixture.Own, attempts, 429, retryAfterSeconds: 0);

        using var response = await PostRefreshAsync(client, fixture.Own, userId);
        var page = await UserPageAsync(client, userId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Microsoft 365 is throttling this tenant right now", page, StringComparison.Ordinal);
        Assert.Contains("+32 470123456", page, StringComparison.Ordinal);
        Assert.Null(fixture.Simulator.Faults.Decide(fixture.Own));
    }

    [Fact]
    public async Task Refresh_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());

        using var response = await client.PostAsync(new Uri($"/tenants/{fixture.Own}/users/{fixture.OwnUser}/refresh", UriKind.Relative), form, cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_OfAnUnknownUser_IsNotFound()
    {
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);

        using var response = await PostRefreshAsync(client, fixture.Own, "no-such-user");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostRefreshAsync(HttpClient client, Guid tenantId, string userId)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await ActionsAuthorizationTests.TokenAsync(client, cancellation),
        });
        return await client.PostAsync(new Uri($"/tenants/{tenantId}/users/{userId}/refresh", UriKind.Relative), form, cancellation);
    }

    private async Task<string> UserPageAsync(HttpClient client, string userId) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/tenants/{fixture.Own}/users/{userId}", UriKind.Relative), cancellation));

    private async Task<HttpClient> EnglishHelpdeskAsync()
    {
        var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        return client;
    }
}
