using Hangfire;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>The Hangfire job around <see cref="TenantPoller"/>: takes ids only, and reschedules throttled or failed polls.</summary>
public sealed class PollTenantJob(TenantPoller poller, IBackgroundJobClient jobs, IOptions<JobsOptions> options, IEnumerable<IPollCompletionHandler> completion)
{
    // Failures are recorded and rescheduled by the job itself (honouring Retry-After); Hangfire's own retry is for crashes.
    [Queue(JobQueues.Poll)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Poll tenant {0} ({1})")]
    public async Task RunAsync(Guid tenantId, PollTrigger trigger, int retry, CancellationToken cancellationToken)
    {
        var result = await poller.PollAsync(tenantId, trigger, cancellationToken);
        foreach (var handler in completion.Where(_ => result.Outcome != PollOutcome.Skipped))
        {
            await handler.PollCompletedAsync(tenantId, cancellationToken);
        }

        if (result.RetryAfter is { } delay && retry < options.Value.MaxPollRetries)
        {
            jobs.Schedule<PollTenantJob>(job => job.RunAsync(tenantId, PollTrigger.Retry, retry + 1, CancellationToken.None), delay);
        }
    }
}
