using Microsoft.Graph.Models;

namespace MspConsole.Infrastructure.Graph;

/// <summary>GRAPH.md §6: a policy enforces MFA when it is enabled and grants via "mfa" or an authentication strength
/// that satisfies MFA; under OR with other controls, MFA is only one option.</summary>
internal static class ConditionalAccessEvaluation
{
    public static MfaEnforcement Classify(ConditionalAccessPolicy policy)
    {
        if (policy.State != ConditionalAccessPolicyState.Enabled || policy.GrantControls is not { } grant)
        {
            return MfaEnforcement.None;
        }

        var builtIn = grant.BuiltInControls?.OfType<ConditionalAccessGrantControl>().ToList() ?? [];
        var mfaBuiltIn = builtIn.Contains(ConditionalAccessGrantControl.Mfa);
        var mfaStrength = grant.AuthenticationStrength?.RequirementsSatisfied is { } satisfied
            && satisfied.HasFlag(AuthenticationStrengthRequirements.Mfa);
        if (!mfaBuiltIn && !mfaStrength)
        {
            return MfaEnforcement.None;
        }

        var otherControls = builtIn.Count(c => c != ConditionalAccessGrantControl.Mfa)
            + (grant.CustomAuthenticationFactors?.Count ?? 0)
            + (grant.TermsOfUse?.Count ?? 0);
        var isOr = string.Equals(grant.Operator, "OR", StringComparison.OrdinalIgnoreCase);
        return isOr && otherControls > 0 ? MfaEnforcement.Offered : MfaEnforcement.Required;
    }
}
