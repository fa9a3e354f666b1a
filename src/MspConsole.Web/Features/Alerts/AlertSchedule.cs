using Hangfire;
using Microsoft.Extensions.Options;

namespace MspConsole.Web.Features.Alerts;

/// <summary>Registers the recurring alert evaluation beside the other schedules (stable id, UTC cron).</summary>
internal sealed class AlertSchedule(IRecurringJobManager recurringJobs, IOptions<AlertOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<EvaluateAlertsJob>(
            EvaluateAlertsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.EvaluateCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
