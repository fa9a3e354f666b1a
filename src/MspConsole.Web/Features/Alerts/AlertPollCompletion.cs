using MspConsole.Core.Polling;

namespace MspConsole.Web.Features.Alerts;

/// <summary>Evaluates the tenant's alert rules after each of its polls. A failed evaluation must not fail the poll: it is
/// logged, and the recurring evaluation tries again within its interval.</summary>
public sealed class AlertPollCompletion(AlertEvaluator evaluator, ILogger<AlertPollCompletion> logger) : IPollCompletionHandler
{
    public async Task PollCompletedAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        try
        {
            await evaluator.EvaluateTenantAsync(tenantId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Evaluating the alert rules of {TenantId} after its poll failed", tenantId);
        }
    }
}
