using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Integrations;
using MspConsole.Web.Features.Api;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Api;

/// <summary>The key page as rendered: its form (with its anti-forgery token) creates, its button revokes; the key works in between.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ApiKeysPageTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("helpdesk")]
    [InlineData("am-north")]
    public async Task KeyPage_IsForAdminsOnly(string persona)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Console.Factory.ClientAsync(persona, cancellationToken);

        using var response = await client.GetAsync(new Uri("/admin/api-keys", UriKind.Relative), cancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateWithoutAntiforgeryToken_IsRefused()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await fixture.Console.Factory.ClientAsync("admin", cancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "forged", ["ExpiresOn"] = "2099-01-01" });

        using var response = await client.PostAsync(new Uri("/admin/api-keys", UriKind.Relative), form, cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await fixture.WithDbAsync(db => db.ApiKeys.AnyAsync(key => key.Name == "forged", cancellationToken)));
    }

    [Fact]
    public async Task AdminCreatesAScopedKey_SeesItOnce_UsesIt_AndRevokesIt_EachStepAudited()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var admin = await fixture.Console.Factory.ClientAsync("admin", cancellationToken);
        var page = await admin.GetStringAsync(new Uri("/admin/api-keys", UriKind.Relative), cancellationToken);
        var north = DevelopmentPersonas.AccountManagerNorth;
        Assert.Contains($"value=\"{north.ObjectId}\"", page, StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "PSA <north>",
            ["AccountManager"] = north.ObjectId,
            ["ExpiresOn"] = DefaultExpiry(page),
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        });
        using var created = await admin.PostAsync(new Uri("/admin/api-keys", UriKind.Relative), form, cancellationToken);
        var answer = await created.Content.ReadAsStringAsync(cancellationToken);
        var secret = SecretPattern().Match(answer).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("mspk_", secret, StringComparison.Ordinal);
        Assert.Contains("PSA &lt;north&gt;", answer, StringComparison.Ordinal);
        var stored = await fixture.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(key => key.Name == "PSA <north>", cancellationToken));
        Assert.Equal(ApiKeySecrets.Hash(secret), stored.KeyHash);
        Assert.Equal(north.ObjectId, stored.AccountManagerObjectId);
        Assert.DoesNotContain(secret, await admin.GetStringAsync(new Uri("/admin/api-keys", UriKind.Relative), cancellationToken), StringComparison.Ordinal);

        using var api = fixture.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri($"/api/v1/tenants/{fixture.Console.Alpha}/users", UriKind.Relative), cancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri($"/api/v1/tenants/{fixture.Console.Bravo}/users", UriKind.Relative), cancellationToken)).StatusCode);
        var listed = await admin.GetStringAsync(new Uri("/admin/api-keys", UriKind.Relative), cancellationToken);
        Assert.Matches($"data-key=\"{stored.Id}\"[\\s\\S]*?data-testid=\"last-use\">\\s*<time", listed);

        var revokeToken = SignIn.AntiforgeryToken(listed);
        using var revokeForm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = revokeToken });
        using var revoked = await admin.PostAsync(new Uri($"/admin/api-keys/{stored.Id}/revoke", UriKind.Relative), revokeForm, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/tenants", UriKind.Relative), cancellationToken)).StatusCode);

        var audit = await fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(entry => entry.ActorObjectId == $"apikey:{stored.Id:D}" || (entry.After != null && entry.After.Contains(stored.Id.ToString())))
            .OrderBy(entry => entry.Id).Select(entry => entry.Action).ToListAsync(cancellationToken));
        // Two requests on the same day: one "used" entry.
        Assert.Equal([IntegrationAuditActions.ApiKeyCreated, IntegrationAuditActions.ApiKeyUsed, IntegrationAuditActions.ApiKeyRevoked], audit);
    }

    private static string DefaultExpiry(string page) => ExpiryPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"ExpiresOn\" required value=\"([0-9-]+)\"")]
    private static partial Regex ExpiryPattern();

    [GeneratedRegex("value=\"(mspk_[A-Za-z0-9_-]+)\"")]
    private static partial Regex SecretPattern();
}
