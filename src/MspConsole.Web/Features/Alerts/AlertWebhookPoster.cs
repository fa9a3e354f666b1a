using System.Globalization;
using System.Text;
using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>Posts an alert message to its rule's webhook: an Adaptive Card for Teams, or the signed JSON. A non-2xx answer is a failure.</summary>
public sealed class AlertWebhookPoster(IHttpClientFactory http, WebhookSecrets secrets, TimeProvider time)
{
    public const string HttpClientName = "alert-webhooks";

    public async Task PostAsync(AlertDelivery delivery, Alert alert, AlertRule rule, string tenantName, AlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(rule);
        var signed = rule.WebhookFormat == WebhookFormat.SignedJson;
        var body = signed ? AlertWebhookBodies.SignedJson(message, alert, rule, delivery.Id, tenantName) : AlertWebhookBodies.Teams(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, rule.WebhookUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event == AlertEvent.Resolved ? "resolved" : "fired");
        if (signed && rule.ProtectedSecret is { } protectedSecret)
        {
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(protectedSecret), timestamp, body));
        }

        using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new AlertDeliveryException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
