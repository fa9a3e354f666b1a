using Hangfire;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>One poll per tenant at a time across instances: a <see cref="StorageLock"/>.</summary>
internal sealed class HangfireTenantPollLock(JobStorage storage) : ITenantPollLock
{
    public IDisposable? TryAcquire(Guid tenantId) => storage.TryAcquire($"mspconsole:poll:{tenantId:N}", TimeSpan.Zero);

    // SQL Server releases the lock with the dead holder's session; SQLite's lock row expires.
    public TimeSpan AbandonedLockExpiry => JobsRegistration.SqliteLockLifetime;
}
