using MspConsole.Core.Users;

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

    /// <summary>Sending window, hours [from, to) of the day in the MSP's time zone, so that 8 to 17 stays 8 to 17 across daylight saving.</summary>
    public int SendFromHour { get; private set; } = 7;

    public int SendToHour { get; private set; } = 16;

    /// <summary>The mailbox reminders are sent from; null means the MSP's default sender.</summary>
    public string? SenderMailbox { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Configure(bool enabled, int cadenceDays, int maxRemindersPerUser, bool targetNotRegistered, bool targetSingleMethod, IEnumerable<DayOfWeek> sendDays, int sendFromHour, int sendToHour, string? senderMailbox)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cadenceDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cadenceDays, 365);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRemindersPerUser, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxRemindersPerUser, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(sendFromHour, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sendToHour, 24);
        if (sendFromHour >= sendToHour)
        {
            throw new ArgumentException("The sending window must start before it ends.", nameof(sendFromHour));
        }

        if (senderMailbox?.Length > MailboxMaxLength)
        {
            throw new ArgumentException($"The sender mailbox is longer than {MailboxMaxLength} characters.", nameof(senderMailbox));
        }

        var days = sendDays.ToList();
        if (enabled && days.Count == 0)
        {
            throw new ArgumentException("An enabled campaign needs at least one day to send on.", nameof(sendDays));
        }

        if (enabled && !targetNotRegistered && !targetSingleMethod)
        {
            throw new ArgumentException("An enabled campaign needs at least one status to target.", nameof(targetNotRegistered));
        }

        Enabled = enabled;
        CadenceDays = cadenceDays;
        MaxRemindersPerUser = maxRemindersPerUser;
        TargetNotRegistered = targetNotRegistered;
        TargetSingleMethod = targetSingleMethod;
        SendDaysMask = days.Aggregate(0, (mask, day) => mask | (1 << (int)day));
        SendFromHour = sendFromHour;
        SendToHour = sendToHour;
        SenderMailbox = string.IsNullOrWhiteSpace(senderMailbox) ? null : senderMailbox.Trim();
        Version = Guid.NewGuid();
    }

    public bool Targets(MfaStatus status) => status switch
    {
        MfaStatus.NotRegistered => TargetNotRegistered,
        MfaStatus.SingleMethod => TargetSingleMethod,
        _ => false,
    };

    public IReadOnlyList<DayOfWeek> SendDays => [.. Enum.GetValues<DayOfWeek>().Where(SendsOn)];

    /// <summary>True when a user with <paramref name="sentSoFar"/> reminders, the last at <paramref name="lastSentAt"/>, is due another one now.</summary>
    public bool IsDueFor(int sentSoFar, DateTimeOffset? lastSentAt, DateTimeOffset now) =>
        sentSoFar < MaxRemindersPerUser && (lastSentAt is null || now - lastSentAt.Value >= TimeSpan.FromDays(CadenceDays) - CadenceTolerance);

    /// <summary>Runs are hourly and take a while: a reminder sent at 09:05 last week still makes this week's 09:00 run due.</summary>
    public static TimeSpan CadenceTolerance { get; } = TimeSpan.FromHours(1);

    public bool SendsOn(DayOfWeek day) => (SendDaysMask & (1 << (int)day)) != 0;

    public bool IsInSendingWindow(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return SendsOn(local.DayOfWeek) && local.Hour >= SendFromHour && local.Hour < SendToHour;
    }
}
