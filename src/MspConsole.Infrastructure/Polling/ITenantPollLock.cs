namespace MspConsole.Infrastructure.Polling;

/// <summary>At most one poll per tenant at a time, across every instance sharing the job storage.</summary>
public interface ITenantPollLock
{
    /// <summary>The held lock, or null when another poll of the tenant holds it.</summary>
    IDisposable? TryAcquire(Guid tenantId);

    /// <summary>How long a lock left by a process that died while holding it stays taken.</summary>
    TimeSpan AbandonedLockExpiry { get; }
}
