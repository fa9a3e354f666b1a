using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Shared;

/// <summary>The English text (the resource key) for the enums the pages show; views localize it with T[...].</summary>
public static class Texts
{
    public static string Of(MfaStatus status) => status switch
    {
        MfaStatus.NotRegistered => "Not registered",
        MfaStatus.SingleMethod => "Single method",
        MfaStatus.Resilient => "Resilient",
        MfaStatus.Disabled => "Account disabled",
        _ => "Excluded",
    };

    public static string Of(Enforcement enforcement) => enforcement switch
    {
        Enforcement.SecurityDefaults => "Security defaults",
        Enforcement.ConditionalAccess => "Conditional access",
        Enforcement.None => "None",
        _ => "Unknown",
    };

    public static string Of(PollHealth health) => health switch
    {
        PollHealth.Healthy => "OK",
        PollHealth.Running => "Polling",
        PollHealth.Stale => "Out of date",
        PollHealth.Failing => "Failing",
        PollHealth.ConsentProblem => "Consent missing",
        _ => "Never polled",
    };

    public static string Of(PerUserMfaState state) => state switch
    {
        PerUserMfaState.Disabled => "Disabled",
        PerUserMfaState.Enabled => "Enabled",
        PerUserMfaState.Enforced => "Enforced",
        _ => "Unknown",
    };

    public static string Of(TenantStanding state) => state switch
    {
        TenantStanding.Paused => "Polling paused",
        TenantStanding.Offboarded => "Offboarded",
        _ => "Active",
    };

    /// <summary>What a paused or offboarded tenant's figures mean: the badge's tooltip.</summary>
    public static string ExplanationOf(TenantStanding state) => state switch
    {
        TenantStanding.Paused => "The console does not poll this tenant for now: the figures are those of the last poll.",
        TenantStanding.Offboarded => "The console no longer looks after this tenant: the figures are those of the last poll before offboarding.",
        _ => "The console polls this tenant.",
    };

    /// <summary>A CSS class for a status badge.</summary>
    public static string CssOf(MfaStatus status) => status switch
    {
        MfaStatus.NotRegistered => "badge bad",
        MfaStatus.SingleMethod => "badge warn",
        MfaStatus.Resilient => "badge good",
        _ => "badge muted",
    };

    public static string CssOf(PollHealth health) => health switch
    {
        PollHealth.Healthy => "badge good",
        PollHealth.Running or PollHealth.NeverPolled => "badge muted",
        PollHealth.Stale => "badge warn",
        _ => "badge bad",
    };
}
