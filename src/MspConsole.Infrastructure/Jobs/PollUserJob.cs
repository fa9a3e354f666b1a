using Hangfire;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Jobs;

public sealed class PollUserJob(UserRefresher refresher)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Refresh user {1} of tenant {0}")]
    public Task RunAsync(Guid tenantId, string userObjectId, CancellationToken cancellationToken) =>
        refresher.RefreshAsync(tenantId, userObjectId, cancellationToken);
}
