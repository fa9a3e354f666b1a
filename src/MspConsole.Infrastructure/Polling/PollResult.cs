using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Polling;

/// <summary>How a poll ended, and when to try again if it should be retried.</summary>
public sealed record PollResult(PollOutcome Outcome, TimeSpan? RetryAfter = null, long? RunId = null);
