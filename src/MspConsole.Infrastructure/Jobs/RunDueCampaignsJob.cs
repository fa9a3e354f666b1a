using Hangfire;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>The recurring fan-out: one campaign job per tenant whose sending window is open.</summary>
public sealed class RunDueCampaignsJob(ReminderCampaignRunner runner, IBackgroundJobClient jobs)
{
    public const string RecurringJobId = "reminder-campaigns";

    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Run due reminder campaigns")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var tenantId in await runner.DueTenantsAsync(cancellationToken))
        {
            jobs.Enqueue<RunTenantCampaignJob>(job => job.RunAsync(tenantId, CancellationToken.None));
        }
    }
}
