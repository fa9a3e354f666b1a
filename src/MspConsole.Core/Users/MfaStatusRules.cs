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

    /// <summary>Admins without any MFA method are critical and always shown first.</summary>
    public static bool IsCritical(bool isAdmin, MfaStatus status) => isAdmin && status == MfaStatus.NotRegistered;
}
