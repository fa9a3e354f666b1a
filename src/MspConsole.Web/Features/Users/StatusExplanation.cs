using MspConsole.Core.Users;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Users;

/// <summary>Why a user has their status, in the registration guide's words (English text = resource key).</summary>
public static class StatusExplanation
{
    public static IReadOnlyList<string> For(UserDetails user)
    {
        List<string> reasons =
        [
            user.Status switch
            {
                MfaStatus.NotRegistered => "No MFA method: the user cannot answer an MFA prompt and must register at https://myaccount.microsoft.com.",
                MfaStatus.SingleMethod => "One MFA method: one lost phone away from a lock-out. The guide asks for at least two.",
                MfaStatus.Resilient => "Two or more MFA methods: a replaced phone does not lock the user out.",
                MfaStatus.Disabled => "The account is disabled in Entra ID: left out of the figures and reminders until it is enabled again. Its last known methods are kept.",
                _ => "Excluded from the rule by an explicit, audited decision.",
            },
        ];
        if (user.IsCritical)
        {
            reasons.Add("An administrator without MFA: critical, fix first.");
        }

        if (user.MethodsRegistered.Any(method => !MethodNames.CountsForMfa(method)) && user.Status is MfaStatus.NotRegistered or MfaStatus.SingleMethod)
        {
            reasons.Add("Some registered methods (e-mail, security questions) count for password reset only, not for MFA.");
        }

        if (user.RemovedAt is not null)
        {
            reasons.Add("This user no longer exists in the tenant.");
        }

        return reasons;
    }
}
