using MspConsole.Core.Alerts;

namespace MspConsole.Core.Tests.Alerts;

public sealed class AlertTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid TenantId = Guid.Parse("11111111-1111-4111-8111-111111111111");

    [Fact]
    public void NewAlert_IsOpen_WithAKeyOfRuleTenantAndSubject()
    {
        var rule = Rule(AlertKind.AdminWithoutMfa, null);

        var alert = new Alert(rule, TenantId, new AlertCondition("user-1", "ada@contoso.example"), Now);

        Assert.True(alert.IsOpen);
        Assert.Equal(Alert.KeyOf(rule.Id, TenantId, "user-1"), alert.OpenKey);
        Assert.NotEqual(Alert.KeyOf(rule.Id, TenantId, "user-2"), alert.OpenKey);
    }

    [Fact]
    public void Resolve_ClearsTheKey_SoTheSameConditionLaterOpensANewAlert_AndASecondResolveChangesNothing()
    {
        var alert = new Alert(Rule(AlertKind.ConsentProblem, null), TenantId, new AlertCondition("Missing", "Missing"), Now);

        alert.Resolve(Now.AddHours(1), quietly: false);
        alert.Resolve(Now.AddHours(2), quietly: true);

        Assert.False(alert.IsOpen);
        Assert.Null(alert.OpenKey);
        Assert.Equal(Now.AddHours(1), alert.ResolvedAt);
        Assert.False(alert.ResolvedQuietly);
    }

    [Fact]
    public void Rule_WithoutAChannel_OrWithoutItsThreshold_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new AlertRule(AlertKind.ConsentProblem, null, null, [], WebhookFormat.None, null, null, "nl-BE", "admin", Now));
        Assert.Throws<ArgumentException>(() => new AlertRule(AlertKind.PollsFailing, null, null, ["a@b.example"], WebhookFormat.None, null, null, "nl-BE", "admin", Now));
        Assert.Throws<ArgumentException>(() => new AlertRule(AlertKind.ConsentProblem, null, 5, ["a@b.example"], WebhookFormat.None, null, null, "nl-BE", "admin", Now));
        Assert.Throws<ArgumentException>(() => new AlertRule(AlertKind.ConsentProblem, null, null, [], WebhookFormat.SignedJson, "https://hook.example", null, "nl-BE", "admin", Now));
    }

    [Fact]
    public void Rule_KeepsItsRecipientsTrimmed_AndNoSecretForTeams()
    {
        var rule = new AlertRule(AlertKind.ResilientShareLow, TenantId, 80, [" a@b.example ", "c@d.example"], WebhookFormat.Teams, "https://teams.example/hook", "ignored", "fr-BE", "admin", Now);

        Assert.Equal(["a@b.example", "c@d.example"], rule.RecipientList);
        Assert.Null(rule.ProtectedSecret);
        Assert.True(rule.Enabled);
    }

    private static AlertRule Rule(AlertKind kind, int? threshold) =>
        new(kind, null, threshold, ["oncall@msp.example"], WebhookFormat.None, null, null, "en-BE", "admin", Now);
}
