using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Web.Tests.Hosting;
using static MspConsole.Web.Tests.Alerts.AlertTestSupport;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>The alerts page as rendered: admins only, forms with their anti-forgery token, localized validation, every rule change audited.</summary>
[Collection(AlertsCollection.Name)]
public sealed partial class AlertsPageTests(AlertsFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("helpdesk")]
    [InlineData("am-north")]
    public async Task AlertsPage_AndItsForms_AreForAdminsOnly(string persona)
    {
        using var client = await fixture.Factory.ClientAsync(persona, cancellation);
        var token = SignIn.AntiforgeryToken(await client.GetStringAsync(new Uri("/", UriKind.Relative), cancellation));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.ConsentProblem), ["Webhook"] = nameof(WebhookFormat.Teams), ["WebhookUrl"] = "https://forbidden.example/hook",
            ["Language"] = "nl-BE", ["__RequestVerificationToken"] = token,
        });

        using var page = await client.GetAsync(new Uri("/admin/alerts", UriKind.Relative), cancellation);
        using var post = await client.PostAsync(new Uri("/admin/alerts/rules", UriKind.Relative), form, cancellation);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [page.StatusCode, post.StatusCode]);
        Assert.False(await WithDbAsync(fixture, db => db.AlertRules.AnyAsync(rule => rule.WebhookUrl == "https://forbidden.example/hook", cancellation)));
    }

    [Fact]
    public async Task CreateWithoutAntiforgeryToken_IsRefused()
    {
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.ConsentProblem), ["Webhook"] = nameof(WebhookFormat.Teams), ["WebhookUrl"] = "https://forged.example/hook", ["Language"] = "nl-BE",
        });

        using var response = await admin.PostAsync(new Uri("/admin/alerts/rules", UriKind.Relative), form, cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await WithDbAsync(fixture, db => db.AlertRules.AnyAsync(rule => rule.WebhookUrl == "https://forged.example/hook", cancellation)));
    }

    [Theory]
    [InlineData("fr-BE")]
    [InlineData("nl-BE")]
    [InlineData("en-BE")]
    public async Task NewRuleForm_OffersMessagesInTheLanguageTheAdminReads(string culture)
    {
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);

        var html = await admin.GetStringAsync(new Uri($"/admin/alerts?culture={culture}", UriKind.Relative), cancellation);

        var language = Regex.Match(html, "<select name=\"Language\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches($"<option value=\"{culture}\" selected=\"selected\">", language);
    }

    [Fact]
    public async Task InvalidRule_InFrench_IsRefusedWithFrenchExplanations_AndKeepsWhatWasTyped()
    {
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);

        var (response, html, _) = await PostRuleAsync(admin, new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.PollsFailing), ["Threshold"] = "0", ["EmailRecipients"] = "not-an-address",
            ["Webhook"] = nameof(WebhookFormat.SignedJson), ["WebhookUrl"] = "http://hooks.example.com/<x>", ["Language"] = "fr-BE",
        }, cancellation, query: "?culture=fr-BE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = Decoded(ProblemsPattern().Match(html).Value);
        Assert.Contains("Indiquez le nombre d'heures : un nombre entier de 1 à 720.", problems, StringComparison.Ordinal);
        Assert.Contains("Une des adresses e-mail n'est pas valide.", problems, StringComparison.Ordinal);
        Assert.Contains("L'adresse du webhook doit être une adresse https:// complète.", problems, StringComparison.Ordinal);
        Assert.Contains("value=\"http://hooks.example.com/&lt;x&gt;\"", html, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(fixture, db => db.AlertRules.AnyAsync(rule => rule.EmailRecipients.Contains("not-an-address"), cancellation)));
    }

    [Fact]
    public async Task RuleCreated_SwitchedOff_AndDeleted_ThroughThePage_IsAuditedEachTime_WithoutItsSecret()
    {
        var run = NewRun();
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        var (created, html, secret) = await PostRuleAsync(admin, new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.ConsentProblem), ["Webhook"] = nameof(WebhookFormat.SignedJson),
            ["WebhookUrl"] = $"https://hooks-{run}.example/alerts", ["Language"] = "nl-BE",
        }, cancellation);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.NotNull(secret);
        var rule = await WithDbAsync(fixture, db => db.AlertRules.AsNoTracking().SingleAsync(r => r.WebhookUrl == $"https://hooks-{run}.example/alerts", cancellation));
        Assert.DoesNotContain(secret, rule.ProtectedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await admin.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative), cancellation), StringComparison.Ordinal);

        await PostButtonAsync(admin, $"/admin/alerts/rules/{rule.Id}/switch", new() { ["enabled"] = "false" });
        Assert.False(await WithDbAsync(fixture, db => db.AlertRules.Where(r => r.Id == rule.Id).Select(r => r.Enabled).SingleAsync(cancellation)));
        await PostButtonAsync(admin, $"/admin/alerts/rules/{rule.Id}/delete", []);
        Assert.False(await WithDbAsync(fixture, db => db.AlertRules.AnyAsync(r => r.Id == rule.Id, cancellation)));

        var id = rule.Id.ToString();
        var entries = await WithDbAsync(fixture, db => db.AuditEntries.AsNoTracking()
            .Where(entry => (entry.After != null && entry.After.Contains(id)) || (entry.Before != null && entry.Before.Contains(id)))
            .OrderBy(entry => entry.Id).ToListAsync(cancellation));
        Assert.Equal([AlertAuditActions.AlertRuleCreated, AlertAuditActions.AlertRuleChanged, AlertAuditActions.AlertRuleDeleted], entries.Select(entry => entry.Action));
        Assert.All(entries, entry => Assert.Equal("ada.admin@msp.example", entry.ActorUpn));
        Assert.All(entries, entry => Assert.DoesNotContain(secret, (entry.Before ?? "") + (entry.After ?? ""), StringComparison.Ordinal));
        Assert.Contains("\"Enabled\":false", entries[1].After, StringComparison.Ordinal);
    }

    /// <summary>Posts the form of the page whose action is <paramref name="action"/>, with the token that form carries.</summary>
    private async Task PostButtonAsync(HttpClient admin, string action, Dictionary<string, string> fields)
    {
        var page = await admin.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative), cancellation);
        var form = Regex.Match(page, $"<form method=\"post\"[^>]*action=\"{Regex.Escape(action)}\"[^>]*>[\\s\\S]*?</form>");
        Assert.True(form.Success, $"no form posting to {action}");
        fields["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form.Value);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await admin.PostAsync(new Uri(action, UriKind.Relative), content, cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("<div class=\"alert error\"[\\s\\S]*?</div>")]
    private static partial Regex ProblemsPattern();
}
