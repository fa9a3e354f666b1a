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

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// Closes poll runs left "Running" by a process that died (kill -9, a crashed container) and polls their tenants
/// again. A run whose tenant lock is free has no poll behind it any more. Runs at start and then every
/// Jobs:InterruptedPollSweepSeconds, because right after a crash the dead process's lock has not expired yet
/// (SQLite job storage keeps it until its lifetime runs out), so one pass at start-up is not enough.
/// </summary>
internal sealed class InterruptedPollSweeper(
    IServiceProvider services,
    IBackgroundJobClient jobs,
    ITenantPollLock pollLock,
    TimeProvider time,
    IOptions<JobsOptions> options,
    ILogger<InterruptedPollSweeper> logger) : BackgroundService
{
    public const string Reason = "Interrupted: the process stopped during the poll. The next poll brings the data up to date.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.InterruptedPollSweepSeconds), time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sweeping interrupted poll runs failed; trying again in {Seconds} s", options.Value.InterruptedPollSweepSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        var running = await db.PollRuns.Where(run => run.Outcome == PollOutcome.Running).ToListAsync(cancellationToken);
        foreach (var run in running)
        {
            using var held = pollLock.TryAcquire(run.TenantId);
            if (held is null)
            {
                continue;
            }

            // Re-read under the lock: the poll may have finished between the query and taking the lock.
            await db.Entry(run).ReloadAsync(cancellationToken);
            if (run.Outcome != PollOutcome.Running)
            {
                continue;
            }

            var now = time.GetUtcNow();
            run.Finish(now, PollOutcome.Failed, run.DataSource, 0, 0, 0, Reason);
            var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == run.TenantId, cancellationToken);
            if (tenant?.LastPollOutcome == PollOutcome.Running)
            {
                tenant.PollFailed(now, PollOutcome.Failed, Reason);
            }

            await db.SaveChangesAsync(cancellationToken);
            jobs.Enqueue<PollTenantJob>(job => job.RunAsync(run.TenantId, PollTrigger.Retry, 0, CancellationToken.None));
            logger.LogWarning("Poll run {RunId} of {TenantId} was interrupted by a stopped process; marked failed and polling again", run.Id, run.TenantId);
        }
    }
}
