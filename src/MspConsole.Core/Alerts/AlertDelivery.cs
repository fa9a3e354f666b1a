namespace MspConsole.Core.Alerts;

/// <summary>
/// One message of an alert on one channel: the "fired" or the "resolved" one, to one e-mail recipient or to the rule's
/// webhook. Unique per (alert, event, channel, target), so recording it twice is impossible; delivering it is a job that
/// does nothing once <see cref="Status"/> is Delivered.
/// </summary>
public sealed class AlertDelivery
{
    public const string WebhookTarget = "webhook";
    public const int TargetMaxLength = 320;
    public const int ErrorMaxLength = 2000;

    private AlertDelivery()
    {
    }

    public AlertDelivery(long alertId, Guid ruleId, AlertEvent alertEvent, DeliveryChannel channel, string target, DateTimeOffset now)
    {
        AlertId = alertId;
        RuleId = ruleId;
        Event = alertEvent;
        Channel = channel;
        Target = target;
        CreatedAt = now;
        Status = DeliveryStatus.Pending;
    }

    public long Id { get; private set; }

    public long AlertId { get; private set; }

    public Guid RuleId { get; private set; }

    public AlertEvent Event { get; private set; }

    public DeliveryChannel Channel { get; private set; }

    /// <summary>The e-mail address, or <see cref="WebhookTarget"/>.</summary>
    public string Target { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>For e-mail: the mailbox whose per-minute limit this message counts against, and until when its slot holds.</summary>
    public string? SenderMailbox { get; private set; }

    public DateTimeOffset? SendSlotUntil { get; private set; }

    public void Attempting(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
    }

    public void Delivered(DateTimeOffset now)
    {
        Status = DeliveryStatus.Delivered;
        DeliveredAt = now;
        LastError = null;
    }

    public void Failed(string error)
    {
        Status = DeliveryStatus.Failed;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
    }
}
