namespace MspConsole.Core.Polling;

/// <summary>Told after each tenant poll that ran (succeeded or failed, not skipped), e.g. to evaluate the alert rules.</summary>
public interface IPollCompletionHandler
{
    Task PollCompletedAsync(Guid tenantId, CancellationToken cancellationToken);
}
