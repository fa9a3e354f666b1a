using Hangfire;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>Sends one batch of reminders (a bulk send request). Takes the batch id only; the processor is idempotent.</summary>
public sealed class SendReminderBatchJob(ReminderBatchProcessor processor)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Send reminder batch {0}")]
    public Task RunAsync(Guid batchId, CancellationToken cancellationToken) => processor.ProcessAsync(batchId, cancellationToken);
}

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

public sealed class RunTenantCampaignJob(ReminderCampaignRunner runner)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("Reminder campaign of tenant {0}")]
    public Task RunAsync(Guid tenantId, CancellationToken cancellationToken) => runner.RunTenantAsync(tenantId, cancellationToken);
}
