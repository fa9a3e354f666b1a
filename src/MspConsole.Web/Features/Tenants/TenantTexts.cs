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
        _ => "Left out of the rule on purpose (break-glass or service account) and out of the percentages.",
    };
}
