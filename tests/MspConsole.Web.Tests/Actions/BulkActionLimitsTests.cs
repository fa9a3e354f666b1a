using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Actions;

/// <summary>The bulk route holds the same length limits as the single-user routes: an oversized field is refused, nothing stored.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class BulkActionLimitsTests(ActionsWebFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ticket", "The ticket reference is too long.")]
    [InlineData("reason", "The reason is too long.")]
    public async Task BulkExclude_WithAHundredThousandCharacterField_IsRefused_AndNothingIsStored(string field, string message)
    {
        var userId = await fixture.AddUserAsync(fixture.Own);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var url = $"/tenants/{fixture.Own}/actions/bulk/exclude";
        using var confirmation = await client.PostFormAsync(url, [new("objectIds", userId)], cancellation);
        var page = await confirmation.Content.ReadAsStringAsync(cancellation);
        var fields = new Dictionary<string, string>
        {
            ["objectIds"] = userId,
            ["reason"] = "Service account",
            ["ticket"] = "INC-1",
            ["confirmed"] = "true",
            ["idempotencyKey"] = ActionsWebFixture.Field(page, "idempotencyKey"),
        };
        fields[field] = new string('x', 100_000);

        using var response = await client.PostFormAsync(url, fields, cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation)), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.AuditCountAsync(userId));
        await using var db = fixture.Database.CreateContext();
        Assert.False((await db.TenantUsers.AsNoTracking().SingleAsync(u => u.TenantId == fixture.Own && u.ObjectId == userId, cancellation)).IsExcluded);
        var key = Guid.Parse(fields["idempotencyKey"]);
        Assert.False(await db.ActionReceipts.AnyAsync(r => r.Key == key, cancellation));
    }
}
