using MspConsole.Core.Tenants;

namespace MspConsole.Web.Shared;

/// <summary>How a tenant enforces MFA and how its polling is doing, as the lists show it.</summary>
public static class TenantHealth
{
    /// <summary>A tenant polled daily whose last success is older than this is stale.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(36);

    public static Enforcement EnforcementOf(bool? securityDefaultsEnabled, int? conditionalAccessMfaPolicies) =>
        (securityDefaultsEnabled, conditionalAccessMfaPolicies) switch
        {
            (true, _) => Enforcement.SecurityDefaults,
            (_, > 0) => Enforcement.ConditionalAccess,
            (null, null) => Enforcement.Unknown,
            _ => Enforcement.None,
        };

    public static PollHealth PollHealthOf(PollOutcome? lastOutcome, DateTimeOffset? lastSuccessfulPollAt, ConsentState consent, DateTimeOffset now)
    {
        if (consent is ConsentState.Missing or ConsentState.PermissionMissing)
        {
            return PollHealth.ConsentProblem;
        }

        return lastOutcome switch
        {
            null => PollHealth.NeverPolled,
            PollOutcome.Running => PollHealth.Running,
            PollOutcome.Failed or PollOutcome.Rescheduled => PollHealth.Failing,
            _ when lastSuccessfulPollAt is null || now - lastSuccessfulPollAt > StaleAfter => PollHealth.Stale,
            _ => PollHealth.Healthy,
        };
    }
}
