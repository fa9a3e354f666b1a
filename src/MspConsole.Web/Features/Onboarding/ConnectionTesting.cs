using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Web.Features.TenantSettings;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>Runs the onboarding connection test for a tenant, records the consent state it shows, and audits it.</summary>
public sealed class ConnectionTesting(ITenantDiscovery discovery, TenantChanges changes)
{
    public async Task<ConnectionTestResult> RunAsync(Guid tenantId, string trigger, CancellationToken cancellationToken)
    {
        var result = await discovery.TestConnectionAsync(tenantId, cancellationToken);
        await changes.ApplyAsync(tenantId, tenant =>
        {
            var before = tenant.ConsentState;
            var after = ConsentStateOf(result) ?? before;
            if (after != before)
            {
                tenant.RecordConsent(after);
            }

            return new AdminChange(OnboardingAuditActions.ConnectionTested, tenantId,
                new { ConsentState = before.ToString() },
                new
                {
                    ConsentState = after.ToString(),
                    result.IsReady,
                    result.RegistrationReportAvailable,
                    TokenFailure = result.TokenFailure?.ToString(),
                    result.MissingPermissions,
                    Problems = result.Problems,
                },
                Reason: trigger,
                Outcome: result.IsReady ? AuditOutcome.Succeeded : AuditOutcome.Failed);
        }, cancellationToken);
        return result;
    }

    /// <summary>What the test proves about consent: a token failure as the poll reads it (<see cref="GraphFailureRules.ConsentAfter"/>);
    /// null when it proves nothing (the sign-in service or the app's own credentials failed).</summary>
    public static ConsentState? ConsentStateOf(ConnectionTestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.TokenFailure switch
        {
            { } failure => GraphFailureRules.ConsentAfter(failure),
            null when result.Checks.Any(c => c.Outcome == ConnectionCheckOutcome.PermissionMissing) => ConsentState.PermissionMissing,
            // A token was issued, so the app has a service principal there: consented.
            null => ConsentState.Granted,
        };
    }
}
