using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MspConsole.Core.Alerts;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.Alerts;

/// <summary>An alert mail through Graph sendMail from the MSP's sender mailbox (the reminders' mailbox), within the
/// mailbox's per-minute limit shared with reminders and customer reports; its slot is recorded on the delivery.</summary>
public sealed class AlertMailSender(ITenantGraphClientFactory graph, MailboxRateLimiter limiter, IOptions<ReminderOptions> reminders)
{
    public async Task SendAsync(AlertDelivery delivery, Guid alertTenantId, AlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(message);
        var mailbox = reminders.Value.DefaultSenderMailbox;
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            throw new AlertDeliveryException("No sender mailbox: set Reminders:DefaultSenderMailbox.");
        }

        var senderTenantId = reminders.Value.SenderTenantId ?? alertTenantId;
        await using (await limiter.AcquireForAlertAsync(mailbox, delivery.Id, cancellationToken))
        {
            await graph.ForTenant(senderTenantId).SendMailAsync(mailbox, new MailMessage(message.Title, Html(message), IsHtml: true, delivery.Target, null), cancellationToken);
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
