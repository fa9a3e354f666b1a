namespace MspConsole.Infrastructure.Audit;

/// <summary>Serializes audit appends within one process (a singleton), so the chain rarely has to retry.</summary>
internal sealed class AuditAppendGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => semaphore.WaitAsync(cancellationToken);

    public void Release() => semaphore.Release();

    public void Dispose() => semaphore.Dispose();
}
