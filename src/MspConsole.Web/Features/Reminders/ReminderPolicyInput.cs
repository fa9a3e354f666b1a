using System.Net.Mail;
using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The campaign form of one tenant. Checkboxes default to off: an unchecked box is simply not posted.</summary>
public sealed record ReminderPolicyInput
{
    public const string CadenceOutOfRange = "Days between reminders must be between 1 and 365.";
    public const string MaximumOutOfRange = "Maximum reminders per user must be between 1 and 50.";
    public const string WindowInvalid = "The hours must lie between 0 and 24, and the sending window must start before it ends.";
    public const string SenderInvalid = "The sender mailbox is not a valid e-mail address.";
    public const string NoSendDays = "An enabled campaign needs at least one day to send on.";
    public const string NoTargetStatus = "An enabled campaign needs at least one status to target.";
    public const string Unreadable = "A value could not be read; check the numbers and days.";

    public bool Enabled { get; init; }

    public int CadenceDays { get; init; } = 7;

    public int MaxRemindersPerUser { get; init; } = 3;

    public bool TargetNotRegistered { get; init; }

    public bool TargetSingleMethod { get; init; }

    public DayOfWeek[] SendDays { get; init; } = [];

    public int SendFromHour { get; init; } = 7;

    public int SendToHour { get; init; } = 16;

    public string? SenderMailbox { get; init; }

    /// <summary>
    /// What is wrong with the form, as RemindersResource keys (English), checked here rather than with data
    /// annotations so that each message names the field in the user's language. The same rules guard
    /// <see cref="ReminderPolicy.Configure"/>.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (CadenceDays is < 1 or > 365)
        {
            problems.Add(CadenceOutOfRange);
        }

        if (MaxRemindersPerUser is < 1 or > 50)
        {
            problems.Add(MaximumOutOfRange);
        }

        if (SendFromHour is < 0 or > 23 || SendToHour is < 1 or > 24 || SendFromHour >= SendToHour)
        {
            problems.Add(WindowInvalid);
        }

        if (!string.IsNullOrWhiteSpace(SenderMailbox) && (SenderMailbox.Length > ReminderPolicy.MailboxMaxLength || !IsPlainAddress(SenderMailbox.Trim())))
        {
            problems.Add(SenderInvalid);
        }

        if (Enabled && SendDays.Length == 0)
        {
            problems.Add(NoSendDays);
        }

        if (Enabled && !TargetNotRegistered && !TargetSingleMethod)
        {
            problems.Add(NoTargetStatus);
        }

        return problems;
    }

    /// <summary>Just an address: "Name &lt;a@b&gt;" parses as a MailAddress too, but is no mailbox to send from.</summary>
    private static bool IsPlainAddress(string value) => MailAddress.TryCreate(value, out var address) && address.Address == value;

    public static ReminderPolicyInput From(ReminderPolicy policy) => new()
    {
        Enabled = policy.Enabled,
        CadenceDays = policy.CadenceDays,
        MaxRemindersPerUser = policy.MaxRemindersPerUser,
        TargetNotRegistered = policy.TargetNotRegistered,
        TargetSingleMethod = policy.TargetSingleMethod,
        SendDays = [.. policy.SendDays],
        SendFromHour = policy.SendFromHour,
        SendToHour = policy.SendToHour,
        SenderMailbox = policy.SenderMailbox,
    };

    public void ApplyTo(ReminderPolicy policy) => policy.Configure(
        Enabled, CadenceDays, MaxRemindersPerUser, TargetNotRegistered, TargetSingleMethod, SendDays, SendFromHour, SendToHour, SenderMailbox);
}
