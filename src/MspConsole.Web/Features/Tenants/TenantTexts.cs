using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Tenants;

public static class TenantTexts
{
    public static string Of(UserFilter filter) => filter switch
    {
        UserFilter.NotRegistered => "Not registered",
        UserFilter.SingleMethod => "Single method",
        UserFilter.Resilient => "Resilient",
        UserFilter.Excluded => "Excluded",
        UserFilter.Disabled => "Disabled accounts",
        UserFilter.Admins => "Admins",
        UserFilter.CriticalAdmins => "Admins without MFA",
        _ => "All users",
    };

    /// <summary>The registration guide's rule for a status, in words: the legend and the badges' tooltips.</summary>
    public static string RuleOf(MfaStatus status) => status switch
    {
        MfaStatus.NotRegistered => "No MFA method registered. Critical when the user is an administrator.",
        MfaStatus.SingleMethod => "One MFA method: a lost or replaced phone locks the user out.",
        MfaStatus.Resilient => "Two or more MFA methods, as the guide asks. E-mail does not count.",
        MfaStatus.Disabled => "The account is disabled in Entra ID: left out of the figures and reminders until it is enabled again. Its last known methods are kept.",
        _ => "Left out of the rule on purpose (break-glass or service account) and out of the percentages.",
    };

    /// <summary>A poll run's outcome (resource keys).</summary>
    public static string Of(PollOutcome outcome) => outcome switch
    {
        PollOutcome.Running => "Running",
        PollOutcome.Succeeded => "Completed",
        PollOutcome.Failed => "Failed",
        PollOutcome.Rescheduled => "Rescheduled",
        _ => "Skipped",
    };

    /// <summary>What started a poll run (resource keys).</summary>
    public static string Of(PollTrigger trigger) => trigger switch
    {
        PollTrigger.Manual => "Started by hand",
        PollTrigger.Retry => "Retry",
        _ => "Scheduled",
    };
}
