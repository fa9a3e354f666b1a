using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// At start-up: registers the recurring schedules (stable ids, UTC), closes runs a stopped process left
/// "running", and queues the first poll of tenants that were never polled.
/// </summary>
internal sealed class JobsStartup(
    IServiceProvider services,
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    ITenantPollLock pollLock,
    IOptions<ReminderOptions> reminderOptions,
    TimeProvider time,
    IOptions<JobsOptions> options,
    ILogger<JobsStartup> logger) : IHostedService
{
    public const string PollAllTenantsJobId = "poll-all-tenants";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<PollAllTenantsJob>(
            PollAllTenantsJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.PollCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurringJobs.AddOrUpdate<RunDueCampaignsJob>(
            RunDueCampaignsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            reminderOptions.Value.CampaignCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        await CloseInterruptedRunsAsync(db, cancellationToken);
        if (options.Value.PollNewTenantsOnStartup)
        {
            await PollNeverPolledTenantsAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CloseInterruptedRunsAsync(MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        var running = await db.PollRuns.Where(run => run.Outcome == PollOutcome.Running).ToListAsync(cancellationToken);
        foreach (var run in running)
        {
            // A run whose tenant lock is free has no poll behind it any more (its process stopped).
            using var held = pollLock.TryAcquire(run.TenantId);
            if (held is null)
            {
                continue;
            }

            const string reason = "Interrupted: the process stopped during the poll. The next poll brings the data up to date.";
            run.Finish(time.GetUtcNow(), PollOutcome.Failed, run.DataSource, 0, 0, 0, reason);
            var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == run.TenantId, cancellationToken);
            if (tenant?.LastPollOutcome == PollOutcome.Running)
            {
                tenant.PollFailed(time.GetUtcNow(), PollOutcome.Failed, reason);
                jobs.Enqueue<PollTenantJob>(job => job.RunAsync(tenant.Id, PollTrigger.Retry, 0, CancellationToken.None));
            }

            logger.LogWarning("Poll run {RunId} of {TenantId} was interrupted by a stop; marked failed", run.Id, run.TenantId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PollNeverPolledTenantsAsync(MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        var neverPolled = await db.Tenants.AsNoTracking()
            .Where(t => t.LastPollStartedAt == null && t.OffboardedAt == null && !t.PollingPaused)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in neverPolled)
        {
            jobs.Enqueue<PollTenantJob>(job => job.RunAsync(tenantId, PollTrigger.Scheduled, 0, CancellationToken.None));
        }

        if (neverPolled.Count > 0)
        {
            logger.LogInformation("Queued the first poll of {TenantCount} tenants", neverPolled.Count);
        }
    }
}
