using System.Text.Json;
using MspConsole.Core.Alerts;
using MspConsole.Web.Features.Alerts;

namespace MspConsole.Web.Tests.Alerts;

public sealed class AlertWebhookBodiesTests
{
    private static readonly AlertMessage Fired = new(AlertEvent.Fired, "fr-BE", "Administrateur sans MFA dans Contoso", "texte <b>",
        [new AlertFact("Tenant", "Contoso")], "https://console.example/tenants/1", "Ouvrir");

    [Fact]
    public void Teams_IsAMessageWithOneAdaptiveCard14_InTheRulesLanguage()
    {
        using var body = JsonDocument.Parse(AlertWebhookBodies.Teams(Fired));

        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        var attachment = Assert.Single(body.RootElement.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        Assert.Equal("fr", card.GetProperty("lang").GetString());
        Assert.Equal("Administrateur sans MFA dans Contoso", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Attention", card.GetProperty("body")[0].GetProperty("color").GetString());
        Assert.Equal("Action.OpenUrl", card.GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Signature_VerifiesTheExactBodyAndTimestamp_AndNothingElse()
    {
        const string secret = "whsec_test";
        const string body = "{\"event\":\"fired\"}";
        var signature = WebhookSignature.Sign(secret, 1_765_000_000, body);

        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.True(WebhookSignature.Verify(secret, "1765000000", body, signature));
        Assert.False(WebhookSignature.Verify(secret, "1765000001", body, signature));
        Assert.False(WebhookSignature.Verify(secret, "1765000000", body + " ", signature));
        Assert.False(WebhookSignature.Verify("whsec_other", "1765000000", body, signature));
    }
}
