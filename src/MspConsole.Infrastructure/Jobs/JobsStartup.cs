using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// At start-up: registers the recurring schedules (stable ids, UTC; the features' own as <see cref="RecurringSchedule"/>) and queues the first poll of tenants that were
/// never polled. Runs a stopped process left "running" are closed by <see cref="InterruptedPollSweeper"/>.
/// </summary>
internal sealed class JobsStartup(
    IServiceProvider services,
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    IOptions<ReminderOptions> reminderOptions,
    IOptions<JobsOptions> options,
    IEnumerable<RecurringSchedule> schedules,
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
        foreach (var schedule in schedules)
        {
            schedule.Register(recurringJobs, services);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        if (options.Value.PollNewTenantsOnStartup)
        {
            await PollNeverPolledTenantsAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
