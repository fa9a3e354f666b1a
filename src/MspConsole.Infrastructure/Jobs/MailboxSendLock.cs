using System.Security.Cryptography;
using System.Text;
using Hangfire;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// A short lock per sender mailbox in Hangfire's storage, shared by every instance: held only while one instance
/// counts the mailbox's taken slots and records its own, so two instances never both take the last free one.
/// A crashed holder does not block the mailbox: SQL Server releases sp_getapplock with the session, the SQLite
/// storage lets its lock row expire (DistributedLockLifetime, 30 s) once the heartbeat stops.
/// </summary>
public sealed class MailboxSendLock(JobStorage storage)
{
    /// <summary>The held lock, or null when another instance held it for all of <paramref name="timeout"/>.</summary>
    public IDisposable? TryAcquire(string mailbox, TimeSpan timeout) => storage.TryAcquire(Resource(mailbox), timeout);

    /// <summary>Mailboxes differ only in case for Exchange; a hash keeps long addresses within sp_getapplock's 255 characters.</summary>
    private static string Resource(string mailbox) =>
        $"mspconsole:reminders:mailbox:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(mailbox.ToUpperInvariant())))[..32]}";
}
