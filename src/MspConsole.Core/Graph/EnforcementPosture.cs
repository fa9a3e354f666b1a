namespace MspConsole.Core.Graph;

/// <summary>How a tenant enforces MFA. <paramref name="ConditionalAccessAvailable"/> is false when the tenant
/// has no licence for conditional access (then the counts are zero). A policy "requires" MFA when it is enabled
/// and MFA (or an MFA authentication strength) is mandatory; it merely "offers" MFA when MFA is one option of an OR.</summary>
public sealed record EnforcementPosture(
    bool SecurityDefaultsEnabled,
    bool ConditionalAccessAvailable,
    int PoliciesRequiringMfa,
    int PoliciesOfferingMfa,
    IReadOnlyList<string> RequiringMfaPolicyNames)
{
    public bool EnforcesMfa => SecurityDefaultsEnabled || PoliciesRequiringMfa > 0;
}
