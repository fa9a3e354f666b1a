namespace MspConsole.Core.Reminders;

/// <summary>A tenant's reminder campaign: cadence, cap, whom to target, when to send and from which mailbox.</summary>
public sealed class ReminderPolicy
{
    public const int MailboxMaxLength = 320;

    private ReminderPolicy()
    {
    }

    public ReminderPolicy(Guid tenantId)
    {
        TenantId = tenantId;
    }

    public Guid TenantId { get; private set; }

    public bool Enabled { get; private set; }

    public int CadenceDays { get; private set; } = 7;

    public int MaxRemindersPerUser { get; private set; } = 3;

    public bool TargetNotRegistered { get; private set; } = true;

    public bool TargetSingleMethod { get; private set; } = true;

    /// <summary>Days of the week on which reminders go out (bit i = <see cref="DayOfWeek"/> i). Monday to Friday by default.</summary>
    public int SendDaysMask { get; private set; } = 0b0111110;

    /// <summary>Sending window in the tenant's local working day, UTC hours [from, to).</summary>
    public int SendFromHourUtc { get; private set; } = 7;

    public int SendToHourUtc { get; private set; } = 16;

    /// <summary>The mailbox reminders are sent from; null means the MSP's default sender.</summary>
    public string? SenderMailbox { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Configure(bool enabled, int cadenceDays, int maxRemindersPerUser, bool targetNotRegistered, bool targetSingleMethod, IEnumerable<DayOfWeek> sendDays, int sendFromHourUtc, int sendToHourUtc, string? senderMailbox)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cadenceDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cadenceDays, 365);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRemindersPerUser, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRemindersPerUser, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(sendFromHourUtc, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sendToHourUtc, 24);
        if (sendFromHourUtc >= sendToHourUtc)
        {
            throw new ArgumentException("The sending window must start before it ends.", nameof(sendFromHourUtc));
        }

        if (senderMailbox?.Length > MailboxMaxLength)
        {
            throw new ArgumentException($"The sender mailbox is longer than {MailboxMaxLength} characters.", nameof(senderMailbox));
        }

        Enabled = enabled;
        CadenceDays = cadenceDays;
        MaxRemindersPerUser = maxRemindersPerUser;
        TargetNotRegistered = targetNotRegistered;
        TargetSingleMethod = targetSingleMethod;
        SendDaysMask = sendDays.Aggregate(0, (mask, day) => mask | (1 << (int)day));
        SendFromHourUtc = sendFromHourUtc;
        SendToHourUtc = sendToHourUtc;
        SenderMailbox = string.IsNullOrWhiteSpace(senderMailbox) ? null : senderMailbox.Trim();
        Version = Guid.NewGuid();
    }

    public bool SendsOn(DayOfWeek day) => (SendDaysMask & (1 << (int)day)) != 0;

    public bool IsInSendingWindow(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        return SendsOn(utc.DayOfWeek) && utc.Hour >= SendFromHourUtc && utc.Hour < SendToHourUtc;
    }
}
