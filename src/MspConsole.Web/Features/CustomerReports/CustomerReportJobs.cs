using Hangfire;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>The recurring run: sends every report due this period. A failed send is queued again as its own retried job.</summary>
public sealed class SendDueCustomerReportsJob(CustomerReportSender sender, IBackgroundJobClient jobs, ILogger<SendDueCustomerReportsJob> logger)
{
    public const string RecurringJobId = "customer-reports";

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
                logger.LogInformation("Customer report of {TenantId} queued for retry", tenantId);
                jobs.Enqueue<SendCustomerReportJob>(job => job.RunAsync(tenantId, CancellationToken.None));
            }
        }
    }
}
