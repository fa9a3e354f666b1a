using Hangfire;
using MspConsole.Core.Polling;

namespace MspConsole.Infrastructure.Jobs;

internal sealed class HangfirePollScheduler(IBackgroundJobClient jobs) : IPollScheduler
{
    public string PollTenantNow(Guid tenantId) =>
        jobs.Enqueue<PollTenantJob>(job => job.RunAsync(tenantId, PollTrigger.Manual, 0, CancellationToken.None));

    public string PollUserNow(Guid tenantId, string userObjectId) =>
        jobs.Enqueue<PollUserJob>(job => job.RunAsync(tenantId, userObjectId, CancellationToken.None));
}
