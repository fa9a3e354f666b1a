using Hangfire;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>Runs one tenant's reminder campaign (queued by <see cref="RunDueCampaignsJob"/>).</summary>
public sealed class RunTenantCampaignJob(ReminderCampaignRunner runner)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 2)]
    [JobDisplayName("Reminder campaign of tenant {0}")]
    public Task RunAsync(Guid tenantId, CancellationToken cancellationToken) => runner.RunTenantAsync(tenantId, cancellationToken);
}
