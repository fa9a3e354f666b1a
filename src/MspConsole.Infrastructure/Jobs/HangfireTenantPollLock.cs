using Hangfire;
using Hangfire.Storage;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>A distributed lock in Hangfire's storage (sp_getapplock on SQL Server), shared by all instances.</summary>
internal sealed class HangfireTenantPollLock(JobStorage storage) : ITenantPollLock
{
    public IDisposable? TryAcquire(Guid tenantId)
    {
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock($"mspconsole:poll:{tenantId:N}", TimeSpan.Zero);
            return new HeldLock(handle, connection);
        }
        catch (DistributedLockTimeoutException)
        {
            connection.Dispose();
            return null;
        }
    }

    private sealed class HeldLock(IDisposable handle, IStorageConnection connection) : IDisposable
    {
        public void Dispose()
        {
            handle.Dispose();
            connection.Dispose();
        }
    }
}
