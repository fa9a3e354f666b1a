using MspConsole.Core.Users;

namespace MspConsole.Core.Reminders;

/// <summary>Who may get a reminder at all: members still in the tenant without enough MFA methods.</summary>
public static class ReminderTargeting
{
    public static bool IsNonCompliant(MfaStatus status) => status is MfaStatus.NotRegistered or MfaStatus.SingleMethod;

    /// <summary>Why a queued reminder is not sent any more, or null when it still should be.</summary>
    public static string? ReasonToSkip(MfaStatus status, bool isGuest, DateTimeOffset? removedAt, ReminderPolicy? campaignPolicy)
    {
        if (removedAt is not null)
        {
            return ReminderReasons.UserRemoved;
        }

        if (isGuest)
        {
            return ReminderReasons.Guest;
        }

        if (status == MfaStatus.Disabled)
        {
            return ReminderReasons.Disabled;
        }

        if (status == MfaStatus.Excluded)
        {
            return ReminderReasons.Excluded;
        }

        if (!IsNonCompliant(status))
        {
            return ReminderReasons.RegisteredMeanwhile;
        }

        if (campaignPolicy is not null && !campaignPolicy.Targets(status))
        {
            return ReminderReasons.StatusNotTargeted;
        }

        return null;
    }
}
