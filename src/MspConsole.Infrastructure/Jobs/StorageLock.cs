using Hangfire;
using Hangfire.Storage;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// A named lock in Hangfire's storage, shared by every instance: sp_getapplock on SQL Server (released with the session),
/// a lock row on SQLite (expires once its holder stops renewing it).
/// </summary>
public static class StorageLock
{
    /// <summary>The held lock (dispose to release), or null when another holder kept it for all of <paramref name="timeout"/>.</summary>
    public static IDisposable? TryAcquire(this JobStorage storage, string resource, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var connection = storage.GetConnection();
        try
        {
            return new HeldLock(connection.AcquireDistributedLock(resource, timeout), connection);
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
