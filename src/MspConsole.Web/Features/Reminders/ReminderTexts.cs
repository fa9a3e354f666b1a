using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The English text (the RemindersResource key) for the reminders' enums; views localize it with R[...].</summary>
public static class ReminderTexts
{
    public static string Of(ReminderOutcome outcome) => outcome switch
    {
        ReminderOutcome.Sent => "Sent",
        ReminderOutcome.Failed => "Failed",
        _ => "Skipped",
    };

    public static string Of(ReminderBatchKind kind) => kind == ReminderBatchKind.Campaign ? "Campaign" : "Manual";

    public static string Of(ReminderTarget target) => target switch
    {
        ReminderTarget.Users => "Selected users",
        ReminderTarget.Tenant => "One tenant",
        ReminderTarget.AllTenants => "All tenants",
        _ => "Users due",
    };

    public static string Of(ReminderBatchState state) => state.ToString();
}
