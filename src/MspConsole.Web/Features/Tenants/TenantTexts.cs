using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Tenants;

public static class TenantTexts
{
    public static string Of(UserFilter filter) => filter switch
    {
        UserFilter.NotRegistered => "Not registered",
        UserFilter.SingleMethod => "Single method",
        UserFilter.Resilient => "Resilient",
        UserFilter.Excluded => "Excluded",
        UserFilter.Admins => "Admins",
        UserFilter.CriticalAdmins => "Admins without MFA",
        _ => "All users",
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
