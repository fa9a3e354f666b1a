using Hangfire;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>One tenant's report again after a failure; Hangfire retries it with its back-off. Sends nothing when it is no longer due.</summary>
public sealed class SendCustomerReportJob(CustomerReportSender sender)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Customer report of tenant {0}")]
    public Task RunAsync(Guid tenantId, CancellationToken cancellationToken) => sender.SendIfDueAsync(tenantId, cancellationToken);
}
