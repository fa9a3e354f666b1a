using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Polling;

/// <summary>The "Polling" configuration section: what the poller itself decides (schedules and workers are Jobs', Graph
/// reads are Graph's).</summary>
public sealed class PollingOptions
{
    public const string SectionName = "Polling";

    /// <summary>Wait before re-polling a tenant whose poll failed transiently or was throttled without Retry-After
    /// (formerly Jobs:RetryDelaySeconds). Not the SDK's per-request back-off, Graph:ThrottleBackoffSeconds.</summary>
    [Range(1, 3600)]
    public int FailedPollRetrySeconds { get; set; } = 300;
}
