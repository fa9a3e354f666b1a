using Hangfire;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// Delivers one alert message. A failed attempt is recorded on the delivery and thrown, so Hangfire tries again after
/// 1, 5, 15 and 60 minutes; a rerun of a delivered message does nothing.
/// </summary>
public sealed class DeliverAlertJob(AlertDeliverer deliverer)
{
    public const int Retries = 4;

    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [60, 300, 900, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Alert message {0}")]
    public Task RunAsync(long deliveryId, CancellationToken cancellationToken) => deliverer.DeliverAsync(deliveryId, cancellationToken);
}
