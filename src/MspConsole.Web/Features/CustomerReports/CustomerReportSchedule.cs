using Hangfire;
using Microsoft.Extensions.Options;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>Registers the customer reports' recurring run beside the other schedules (stable id, UTC cron).</summary>
internal sealed class CustomerReportSchedule(IRecurringJobManager recurringJobs, IOptions<CustomerReportOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<SendDueCustomerReportsJob>(
            SendDueCustomerReportsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            options.Value.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
