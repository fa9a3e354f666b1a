using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Alerts;
using MspConsole.Web.Features.Alerts;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>Every kind of message, fired and resolved, reads in the rule's language: Dutch and French differ from English.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertMessageComposerTests(AlertsFixture fixture)
{
    public static TheoryData<AlertKind, string, AlertEvent> Cases()
    {
        var data = new TheoryData<AlertKind, string, AlertEvent>();
        foreach (var kind in Enum.GetValues<AlertKind>())
        {
            foreach (var language in new[] { "nl-BE", "fr-BE" })
            {
                data.Add(kind, language, AlertEvent.Fired);
                data.Add(kind, language, AlertEvent.Resolved);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Message_InTheRulesLanguage_IsTranslated(AlertKind kind, string language, AlertEvent alertEvent)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var composer = scope.ServiceProvider.GetRequiredService<AlertMessageComposer>();
        var threshold = AlertRule.NeedsThreshold(kind) ? 80 : (int?)null;
        AlertRule RuleIn(string culture) => new(kind, null, threshold, ["oncall@msp.example"], WebhookFormat.None, null, null, culture, "admin", DateTimeOffset.UtcNow);
        var english = RuleIn("en-BE");
        var alert = new Alert(english, fixture.TenantA, new AlertCondition("subject", "ada@contoso.example", 42, "Graph said no"), DateTimeOffset.UtcNow);
        if (alertEvent == AlertEvent.Resolved)
        {
            alert.Resolve(DateTimeOffset.UtcNow, quietly: false);
        }

        var inEnglish = composer.Compose(alert, english, null, alertEvent);
        var translated = composer.Compose(alert, RuleIn(language), null, alertEvent);

        Assert.Equal(language, translated.Culture);
        Assert.NotEqual(inEnglish.Title, translated.Title);
        Assert.NotEqual(inEnglish.Text, translated.Text);
        Assert.NotEqual(inEnglish.LinkText, translated.LinkText);
        Assert.Equal(inEnglish.Facts.Count, translated.Facts.Count);
        // "Tenant" and "Detail" are the same word in Dutch; "Rule" and "Since" are not.
        Assert.NotEqual(inEnglish.Facts[1].Label, translated.Facts[1].Label);
        Assert.NotEqual(inEnglish.Facts[2].Label, translated.Facts[2].Label);
    }
}
