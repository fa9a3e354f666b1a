using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Alerts;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// Delivers one alert message: e-mail through Graph sendMail from the MSP's sender mailbox (the reminders' mailbox and
/// limiter), or a POST to the rule's webhook. Each attempt is counted and its error kept on the delivery; a failure is
/// thrown for Hangfire's retry. A delivered message is never sent again.
/// </summary>
public sealed class AlertDeliverer(
    MspConsoleDbContext db,
    AlertMessageComposer composer,
    ITenantGraphClientFactory graph,
    MailboxRateLimiter limiter,
    IHttpClientFactory http,
    WebhookSecrets secrets,
    IOptions<ReminderOptions> reminders,
    TimeProvider time,
    ILogger<AlertDeliverer> logger)
{
    public const string HttpClientName = "alert-webhooks";

    public async Task DeliverAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.AlertDeliveries.SingleOrDefaultAsync(candidate => candidate.Id == deliveryId, cancellationToken);
        if (delivery is null || delivery.Status == DeliveryStatus.Delivered)
        {
            return;
        }

        var alert = await db.Alerts.AsNoTracking().SingleAsync(candidate => candidate.Id == delivery.AlertId, cancellationToken);
        var rule = await db.AlertRules.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == delivery.RuleId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == alert.TenantId, cancellationToken);
        delivery.Attempting(time.GetUtcNow());
        if (rule is null || !StillWanted(rule, delivery))
        {
            // Nothing to retry: the admin removed the rule or this channel after the alert fired.
            delivery.Failed("Not sent: the rule or this channel was removed.");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var message = composer.Compose(alert, rule, tenant, delivery.Event);
        try
        {
            if (delivery.Channel == DeliveryChannel.Email)
            {
                await SendMailAsync(delivery, alert, message, cancellationToken);
            }
            else
            {
                await PostAsync(delivery, alert, rule, tenant, message, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is GraphFailureException or HttpRequestException or AlertDeliveryException
                                              or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            var error = exception is GraphFailureException graphFailure ? $"{graphFailure.Kind}: {graphFailure.Message}" : exception.Message;
            delivery.Failed(error);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Alert message {DeliveryId} ({Channel}) failed on attempt {Attempt}: {Error}", delivery.Id, delivery.Channel, delivery.Attempts, error);
            throw new AlertDeliveryException($"Alert message {delivery.Id} failed: {error}", exception);
        }

        delivery.Delivered(time.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Alert message {DeliveryId} ({Channel}, {Event}) delivered on attempt {Attempt}", delivery.Id, delivery.Channel, delivery.Event, delivery.Attempts);
    }

    private static bool StillWanted(AlertRule rule, AlertDelivery delivery) => delivery.Channel == DeliveryChannel.Email
        ? rule.RecipientList.Contains(delivery.Target, StringComparer.OrdinalIgnoreCase)
        : rule.WebhookFormat != WebhookFormat.None && rule.WebhookUrl is not null;

    private async Task SendMailAsync(AlertDelivery delivery, Alert alert, AlertMessage message, CancellationToken cancellationToken)
    {
        var mailbox = reminders.Value.DefaultSenderMailbox;
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            throw new AlertDeliveryException("No sender mailbox: set Reminders:DefaultSenderMailbox.");
        }

        var senderTenantId = reminders.Value.SenderTenantId ?? alert.TenantId;
        await using (await limiter.AcquireForAlertAsync(mailbox, delivery.Id, cancellationToken))
        {
            await graph.ForTenant(senderTenantId).SendMailAsync(mailbox, new MailMessage(message.Title, Html(message), IsHtml: true, delivery.Target, null), cancellationToken);
        }
    }

    private async Task PostAsync(AlertDelivery delivery, Alert alert, AlertRule rule, Tenant? tenant, AlertMessage message, CancellationToken cancellationToken)
    {
        var signed = rule.WebhookFormat == WebhookFormat.SignedJson;
        var body = signed
            ? AlertWebhookBodies.SignedJson(message, alert, rule, delivery.Id, tenant?.DisplayName ?? alert.TenantId.ToString("D"))
            : AlertWebhookBodies.Teams(message);
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

    private static string Html(AlertMessage message)
    {
        var html = new StringBuilder("<html><body style=\"font-family:Segoe UI,Arial,sans-serif\">")
            .Append("<h1>").Append(WebUtility.HtmlEncode(message.Title)).Append("</h1>")
            .Append("<p>").Append(WebUtility.HtmlEncode(message.Text)).Append("</p><table>");
        foreach (var fact in message.Facts)
        {
            html.Append("<tr><th style=\"text-align:left\">").Append(WebUtility.HtmlEncode(fact.Label)).Append("</th><td>")
                .Append(WebUtility.HtmlEncode(fact.Value)).Append("</td></tr>");
        }

        return html.Append("</table><p><a href=\"").Append(WebUtility.HtmlEncode(message.Link)).Append("\">")
            .Append(WebUtility.HtmlEncode(message.LinkText)).Append("</a></p></body></html>").ToString();
    }
}
