using System.Text.Json;
using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>The bodies posted to webhooks: an Adaptive Card (1.4) message for a Teams workflow, or the console's own JSON.</summary>
public static class AlertWebhookBodies
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Teams(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var card = new Dictionary<string, object>
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["lang"] = message.Culture[..2],
            ["body"] = new object[]
            {
                new { type = "TextBlock", text = message.Title, weight = "Bolder", size = "Medium", wrap = true, color = message.Event == AlertEvent.Resolved ? "Good" : "Attention" },
                new { type = "TextBlock", text = message.Text, wrap = true },
                new { type = "FactSet", facts = message.Facts.Select(fact => new { title = fact.Label, value = fact.Value }).ToArray() },
            },
            ["actions"] = new object[] { new { type = "Action.OpenUrl", title = message.LinkText, url = message.Link } },
        };
        return JsonSerializer.Serialize(new
        {
            type = "message",
            attachments = new[] { new { contentType = "application/vnd.microsoft.card.adaptive", contentUrl = (string?)null, content = card } },
        }, Json);
    }

    public static string SignedJson(AlertMessage message, Alert alert, AlertRule rule, long deliveryId, string tenantName)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(rule);
        return JsonSerializer.Serialize(new
        {
            @event = message.Event == AlertEvent.Resolved ? "resolved" : "fired",
            deliveryId,
            alert = new
            {
                id = alert.Id,
                kind = alert.Kind.ToString(),
                tenantId = alert.TenantId,
                tenantName,
                subject = alert.Subject,
                subjectName = alert.SubjectName,
                figure = alert.Figure,
                note = alert.Note,
                openedAt = alert.OpenedAt,
                resolvedAt = alert.ResolvedAt,
            },
            rule = new { id = rule.Id, threshold = rule.Threshold },
            language = message.Culture,
            title = message.Title,
            text = message.Text,
            link = message.Link,
        }, Json);
    }
}
