using Hangfire;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>The recurring run: sends every report due this period. A failed send is tried again later as its own job,
/// which Hangfire retries with its back-off; until one succeeds the failure shows on the tenant's admin page.</summary>
public sealed class SendDueCustomerReportsJob(CustomerReportSender sender, IBackgroundJobClient jobs, ILogger<SendDueCustomerReportsJob> logger)
{
    public const string RecurringJobId = "customer-reports";

    /// <summary>A mailbox or permission failure rarely clears within seconds.</summary>
    public static readonly TimeSpan FirstRetryAfter = TimeSpan.FromMinutes(10);

    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Send due customer reports")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var tenantId in await sender.DueTenantsAsync(cancellationToken))
        {
            try
            {
                await sender.SendIfDueAsync(tenantId, cancellationToken);
            }
            catch (GraphFailureException)
            {
                // Recorded and audited by the sender; the retried job tries again with back-off.
                logger.LogInformation("Customer report of {TenantId} will be tried again in {Minutes} min", tenantId, FirstRetryAfter.TotalMinutes);
                jobs.Schedule<SendCustomerReportJob>(job => job.RunAsync(tenantId, CancellationToken.None), FirstRetryAfter);
            }
        }
    }
}
