using System.ComponentModel.DataAnnotations;
using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The campaign form of one tenant. Checkboxes default to off: an unchecked box is simply not posted.</summary>
public sealed record ReminderPolicyInput
{
    public bool Enabled { get; init; }

    [Range(1, 365)]
    public int CadenceDays { get; init; } = 7;

    [Range(1, 50)]
    public int MaxRemindersPerUser { get; init; } = 3;

    public bool TargetNotRegistered { get; init; }

    public bool TargetSingleMethod { get; init; }

    public DayOfWeek[] SendDays { get; init; } = [];

    [Range(0, 23)]
    public int SendFromHourUtc { get; init; } = 7;

    [Range(1, 24)]
    public int SendToHourUtc { get; init; } = 16;

    [EmailAddress, StringLength(ReminderPolicy.MailboxMaxLength)]
    public string? SenderMailbox { get; init; }

    public static ReminderPolicyInput From(ReminderPolicy policy) => new()
    {
        Enabled = policy.Enabled,
        CadenceDays = policy.CadenceDays,
        MaxRemindersPerUser = policy.MaxRemindersPerUser,
        TargetNotRegistered = policy.TargetNotRegistered,
        TargetSingleMethod = policy.TargetSingleMethod,
        SendDays = [.. policy.SendDays],
        SendFromHourUtc = policy.SendFromHourUtc,
        SendToHourUtc = policy.SendToHourUtc,
        SenderMailbox = policy.SenderMailbox,
    };

    public void ApplyTo(ReminderPolicy policy) => policy.Configure(
        Enabled, CadenceDays, MaxRemindersPerUser, TargetNotRegistered, TargetSingleMethod, SendDays, SendFromHourUtc, SendToHourUtc, SenderMailbox);
}

public sealed record ReminderPolicyViewModel(Guid TenantId, string TenantName, ReminderPolicyInput Input, string DefaultSender, string? Error = null);
