using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// Delivers one alert message: e-mail through Graph sendMail from the MSP's sender mailbox (the reminders' mailbox and
/// limiter), or a POST to the rule's webhook. Each attempt is counted and its error kept on the delivery; a failure is
/// thrown for Hangfire's retry. A delivered message is never sent again.
/// </summary>
public sealed class AlertDeliverer(
    MspConsoleDbContext db,
    AlertMessageComposer composer,
    AlertMailSender mail,
    AlertWebhookPoster webhook,
    TimeProvider time,
    ILogger<AlertDeliverer> logger)
{
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
                await mail.SendAsync(delivery, alert.TenantId, message, cancellationToken);
            }
            else
            {
                await webhook.PostAsync(delivery, alert, rule, tenant?.DisplayName ?? alert.TenantId.ToString("D"), message, cancellationToken);
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
}
