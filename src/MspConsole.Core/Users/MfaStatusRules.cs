namespace MspConsole.Core.Users;

/// <summary>The registration guide's rule: two or more MFA methods so that a replaced phone does not lock you out.</summary>
public static class MfaStatusRules
{
    public static MfaStatus Classify(IEnumerable<string> methodsRegistered, bool isExcluded, bool isDisabled = false)
    {
        if (isDisabled)
        {
            return MfaStatus.Disabled;
        }

        if (isExcluded)
        {
            return MfaStatus.Excluded;
        }

        return RegisteredMethod.CountMfaMethods(methodsRegistered) switch
        {
            0 => MfaStatus.NotRegistered,
            1 => MfaStatus.SingleMethod,
            _ => MfaStatus.Resilient,
        };
    }

    /// <summary>Statuses in the guide's order of urgency (those without MFA first), as the tenant page sorts by status.</summary>
    public static int UrgencyRank(MfaStatus status) => status switch
    {
        MfaStatus.NotRegistered => 0,
        MfaStatus.SingleMethod => 1,
        MfaStatus.Resilient => 2,
        _ => 3,
    };

    /// <summary>Admins without any MFA method are critical and always shown first.</summary>
    public static bool IsCritical(bool isAdmin, MfaStatus status) => isAdmin && status == MfaStatus.NotRegistered;
}
