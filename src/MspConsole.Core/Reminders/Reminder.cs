namespace MspConsole.Core.Reminders;

/// <summary>One reminder mail to one user: who, when, in which language, from which mailbox, with what result.</summary>
public sealed class Reminder
{
    public const int AddressMaxLength = 320;
    public const int ErrorMaxLength = 2000;

    private Reminder()
    {
    }

    public Reminder(Guid tenantId, string userObjectId, string recipientAddress, string language, string senderMailbox, string requestedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(senderMailbox);
        TenantId = tenantId;
        UserObjectId = userObjectId;
        RecipientAddress = recipientAddress;
        Language = language;
        SenderMailbox = senderMailbox;
        RequestedBy = requestedBy;
        CreatedAt = now;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string UserObjectId { get; private set; } = "";

    public string RecipientAddress { get; private set; } = "";

    public string Language { get; private set; } = "";

    public string SenderMailbox { get; private set; } = "";

    /// <summary>The console user who sent it, or "campaign" for a scheduled campaign.</summary>
    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public ReminderOutcome? Outcome { get; private set; }

    public string? Error { get; private set; }

    public string? GraphRequestId { get; private set; }

    public void Sent(DateTimeOffset now, string? graphRequestId)
    {
        SentAt = now;
        Outcome = ReminderOutcome.Sent;
        GraphRequestId = graphRequestId;
    }

    public void Failed(string error, string? graphRequestId)
    {
        Outcome = ReminderOutcome.Failed;
        Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        GraphRequestId = graphRequestId;
    }

    public void Skipped(string why)
    {
        Outcome = ReminderOutcome.Skipped;
        Error = why;
    }
}
