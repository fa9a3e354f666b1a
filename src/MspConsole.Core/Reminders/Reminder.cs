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

    /// <summary>A reminder queued by a send request or campaign run: the address, language and sender are settled when it is sent.</summary>
    public static Reminder Queue(Guid tenantId, string userObjectId, Guid batchId, string requestedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        return new Reminder { TenantId = tenantId, UserObjectId = userObjectId, BatchId = batchId, RequestedBy = requestedBy, CreatedAt = now };
    }

    public long Id { get; private set; }

    /// <summary>The send request or campaign run this reminder belongs to (null for reminders from before batches existed).</summary>
    public Guid? BatchId { get; private set; }

    /// <summary>Queued and not yet handled: no outcome.</summary>
    public bool IsPending => Outcome is null;

    public Guid TenantId { get; private set; }

    public string UserObjectId { get; private set; } = "";

    public string RecipientAddress { get; private set; } = "";

    public string Language { get; private set; } = "";

    public string SenderMailbox { get; private set; } = "";

    /// <summary>The console user who sent it, or "campaign" for a scheduled campaign.</summary>
    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Until when this reminder holds one of its sender mailbox's sending slots (the per-minute limit, shared by
    /// every instance): taken before the Graph call, renewed while the call lasts, and a minute past its end once done.
    /// Null when no send was ever started. Written by the infrastructure's rate limiter, set-based.</summary>
    public DateTimeOffset? SendSlotUntil { get; private set; }

    public ReminderOutcome? Outcome { get; private set; }

    public string? Error { get; private set; }

    public string? GraphRequestId { get; private set; }

    /// <summary>Settles where the mail goes, in which language and from which mailbox, just before it is sent.</summary>
    public void Address(string recipientAddress, string language, string senderMailbox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(senderMailbox);
        RecipientAddress = recipientAddress.Length > AddressMaxLength ? recipientAddress[..AddressMaxLength] : recipientAddress;
        Language = language;
        SenderMailbox = senderMailbox;
    }

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
        Error = why.Length > ErrorMaxLength ? why[..ErrorMaxLength] : why;
    }
}
