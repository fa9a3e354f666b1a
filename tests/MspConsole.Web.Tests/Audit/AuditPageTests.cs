using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Audit;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Audit;

[Collection(ReminderAppCollection.Name)]
public sealed partial class AuditPageTests(ReminderAppFixture fixture)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filters_ByActionActorOutcomeTenantAndTime_ShowOnlyMatchingEntries()
    {
        var marker = Marker();
        await AppendAsync(marker + "A", fixture.TenantA, AuditOutcome.Failed, "alice.audit@msp.example", TestClock.Now.AddDays(-3));
        await AppendAsync(marker + "A", fixture.TenantB, AuditOutcome.Succeeded, "bob.audit@msp.example", TestClock.Now.AddDays(-1));
        await AppendAsync(marker + "B", fixture.TenantA, AuditOutcome.Succeeded, "alice.audit@msp.example", TestClock.Now);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        Assert.Equal(2, await RowCountAsync(client, $"/audit?action={marker}A"));
        Assert.Equal(1, await RowCountAsync(client, $"/audit?action={marker}A&outcome=Failed"));
        Assert.Equal(1, await RowCountAsync(client, $"/audit?action={marker}A&actor=bob"));
        Assert.Equal(1, await RowCountAsync(client, $"/audit?action={marker}A&tenant={fixture.TenantA}"));
        var day = TestClock.Now.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await RowCountAsync(client, $"/audit?action={marker}A&from={day}&to={day}"));
        Assert.Equal(0, await RowCountAsync(client, $"/audit?action={marker}C"));
    }

    [Fact]
    public async Task AccountManager_SeesOnlyTheirTenantsEntries()
    {
        var marker = Marker();
        await AppendAsync(marker, fixture.TenantA, AuditOutcome.Succeeded, "x@msp.example", TestClock.Now);
        await AppendAsync(marker, fixture.TenantB, AuditOutcome.Succeeded, "x@msp.example", TestClock.Now);
        await AppendAsync(marker, null, AuditOutcome.Succeeded, "x@msp.example", TestClock.Now);
        using var north = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerNorth.Key, cancellation);
        using var helpdesk = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        Assert.Equal(1, await RowCountAsync(north, $"/audit?action={marker}"));
        Assert.Equal(0, await RowCountAsync(north, $"/audit?action={marker}&tenant={fixture.TenantB}"));
        Assert.Equal(3, await RowCountAsync(helpdesk, $"/audit?action={marker}"));
        var csv = await north.GetStringAsync(new Uri($"/audit/export.csv?action={marker}", UriKind.Relative), cancellation);
        Assert.Equal(2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(fixture.TenantA.ToString(), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.TenantB.ToString(), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_IsKeyset_NewestFirst_WithoutOverlap()
    {
        var marker = Marker();
        for (var i = 0; i < 60; i++)
        {
            await AppendAsync(marker, fixture.TenantA, AuditOutcome.Succeeded, "pager@msp.example", TestClock.Now);
        }

        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        var first = await client.GetStringAsync(new Uri($"/audit?action={marker}", UriKind.Relative), cancellation);
        var next = NextLink().Match(first);
        Assert.True(next.Success, "no link to older entries");
        var second = await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(next.Groups[1].Value), UriKind.Relative), cancellation);

        var firstIds = EntryIds(first);
        var secondIds = EntryIds(second);
        Assert.Equal(50, firstIds.Count);
        Assert.Equal(10, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(firstIds.OrderDescending(), firstIds);
        Assert.True(firstIds.Min() > secondIds.Max());
        Assert.DoesNotMatch(NextLink(), second);
    }

    [Fact]
    public async Task CsvExport_NeutralisesFormulas_AndHasEveryEntryOfTheFilter()
    {
        var marker = Marker();
        await AppendAsync(marker, fixture.TenantA, AuditOutcome.Failed, "csv@msp.example", TestClock.Now, reason: Formula);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        using var response = await client.GetAsync(new Uri($"/audit/export.csv?action={marker}", UriKind.Relative), cancellation);
        var csv = await response.Content.ReadAsStringAsync(cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotMatch("(^|[;,])\"?=HYPERLINK", lines[1]);
        Assert.Contains("csv@msp.example", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Een methode verwijderen", "Alle acties")]
    [InlineData("fr-BE", "Supprimer une méthode", "Toutes les actions")]
    public async Task ActionColumn_ShowsTheTranslatedName_KeepsTheCode_AndTheFilterStillTakesTheCode(string language, string name, string allActions)
    {
        var actor = Marker().ToLowerInvariant() + "@msp.example";
        await AppendAsync("RemoveMethod", fixture.TenantA, AuditOutcome.Succeeded, actor, TestClock.Now);
        await AppendAsync("ResetAllMethods", fixture.TenantA, AuditOutcome.Succeeded, actor, TestClock.Now);
        await AppendAsync("SomeFutureAction", fixture.TenantA, AuditOutcome.Succeeded, actor, TestClock.Now);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", language);

        var filtered = await PageAsync(client, $"/audit?action=RemoveMethod&actor={actor}");
        var all = await PageAsync(client, $"/audit?actor={actor}");
        var unknown = await PageAsync(client, $"/audit?action=SomeFutureAction&actor={actor}");

        Assert.Single(EntryIds(filtered));
        Assert.Equal(["RemoveMethod"], ActionCells(filtered).Select(cell => cell.Code));
        Assert.Equal(name, Assert.Single(ActionCells(filtered)).Text);
        Assert.Contains($"<option value=\"RemoveMethod\" selected=\"selected\">{name}</option>", filtered, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"\">{allActions}</option>", filtered, StringComparison.Ordinal);
        Assert.Equal(["SomeFutureAction", "ResetAllMethods", "RemoveMethod"], ActionCells(all).Select(cell => cell.Code));
        Assert.Equal("SomeFutureAction", ActionCells(all)[0].Text); // unknown codes show as they are
        Assert.NotEqual("ResetAllMethods", ActionCells(all)[1].Text);
        Assert.Equal(["SomeFutureAction"], ActionCells(unknown).Select(cell => cell.Code));
        Assert.Contains("<option value=\"SomeFutureAction\" selected=\"selected\">SomeFutureAction</option>", unknown, StringComparison.Ordinal);
        var csv = await client.GetStringAsync(new Uri($"/audit/export.csv?action=RemoveMethod&actor={actor}", UriKind.Relative), cancellation);
        Assert.Matches("[;,]RemoveMethod[;,]", csv); // the culture's list separator
        Assert.DoesNotContain(name, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_HasNoRouteThatChangesEntries()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var delete = await client.DeleteAsync(new Uri("/audit/1", UriKind.Relative), cancellation);
        using var post = await client.PostFormAsync("/audit", [new("id", "1")], cancellation);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /audit answered {post.StatusCode}");
    }

    private static string Marker() => "Test" + Guid.NewGuid().ToString("N")[..10];

    private async Task AppendAsync(string action, Guid? tenantId, AuditOutcome outcome, string actor, DateTimeOffset at, string? reason = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEvent(at, "oid-" + actor, actor, "Helpdesk", action, outcome, tenantId, Reason: reason ?? "test"), cancellation);
    }

    private async Task<int> RowCountAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return EntryIds(await response.Content.ReadAsStringAsync(cancellation)).Count;
    }

    private async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The pages encode non-ASCII letters (&#xE9;): compare the text a reader sees.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
    }

    private static List<(string Code, string Text)> ActionCells(string html) =>
        [.. ActionCell().Matches(html).Select(match => (match.Groups["code"].Value, match.Groups["text"].Value.Trim()))];

    private static List<long> EntryIds(string html) =>
        [.. EntryRow().Matches(html).Select(match => long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("data-testid=\"audit-action\" data-action=\"(?<code>[^\"]*)\"[^>]*>(?<text>[^<]*)</td>")]
    private static partial Regex ActionCell();

    [GeneratedRegex("data-entry-id=\"(\\d+)\"")]
    private static partial Regex EntryRow();

    [GeneratedRegex("href=\"([^\"]+)\" data-testid=\"audit-next\"")]
    private static partial Regex NextLink();
}
