using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Keeps every sender mailbox within Exchange Online's limit (30 messages a minute) across all instances that share
/// the database: a send may start only while fewer than the limit hold a slot of the mailbox. A reminder holds its
/// slot (<c>Reminder.SendSlotUntil</c>) from before its Graph call until a minute after the call ended, so any
/// 60 seconds in which Exchange receives mail contain at most the limit. Deciding and recording a slot happens under
/// a short lock per mailbox in Hangfire's storage (<see cref="MailboxSendLock"/>); waiting happens outside it, on the
/// injected <see cref="TimeProvider"/>. While a call lasts its slot is renewed; a slot of an instance that crashed
/// mid-send frees itself a minute after its last renewal. A DI singleton: in-process senders of one mailbox queue on
/// a local gate, so only one of them at a time asks the database.
/// </summary>
public sealed class MailboxRateLimiter(
    TimeProvider time,
    IOptions<ReminderOptions> options,
    IServiceScopeFactory scopes,
    MailboxSendLock mailboxLock,
    ILogger<MailboxRateLimiter> logger) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Well inside <see cref="Window"/>: a slow renewal must not let the slot lapse while the call still runs.</summary>
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(20);

    /// <summary>The lock is held for one query and one update; waiting this long means its holder is stuck.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Waits for a free slot of <paramref name="mailbox"/> and records it on reminder
    /// <paramref name="reminderId"/> (with the mailbox) before returning. Dispose the lease when the send is done.
    /// Cancelled while waiting, it records nothing.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string mailbox, long reminderId, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var askAgainAt = await TryTakeAsync(mailbox, reminderId, cancellationToken);
                if (askAgainAt is null)
                {
                    return new Lease(this, time, mailbox, reminderId);
                }

                // From the clock as it is now, not as it was when the slots were counted.
                var wait = askAgainAt.Value - time.GetUtcNow();
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops renewing slots: the process is shutting down.</summary>
    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    /// <returns>Null when the slot is taken and recorded; otherwise when to ask again.</returns>
    private async Task<DateTimeOffset?> TryTakeAsync(string mailbox, long reminderId, CancellationToken cancellationToken)
    {
        using var held = mailboxLock.TryAcquire(mailbox, LockTimeout);
        if (held is null)
        {
            logger.LogWarning("Mailbox {Mailbox}: its send lock was held elsewhere for {Seconds} s; trying again", mailbox, LockTimeout.TotalSeconds);
            return time.GetUtcNow().AddSeconds(1);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        var now = time.GetUtcNow();
        var sentSince = now - Window;
        // SentAt counts sends recorded without a slot: from before SendSlotUntil existed, or an older instance in a rolling deploy.
        var taken = (await db.Reminders.AsNoTracking()
                .Where(reminder => reminder.SenderMailbox == mailbox && (reminder.SendSlotUntil > now || reminder.SentAt > sentSince))
                .Select(reminder => new { reminder.Id, reminder.SendSlotUntil, reminder.SentAt })
                .ToListAsync(cancellationToken))
            .Select(reminder => (reminder.Id, Until: Later(reminder.SendSlotUntil, reminder.SentAt + Window)))
            .ToList();

        var limit = options.Value.MessagesPerMinutePerMailbox;
        if (taken.Count >= limit)
        {
            // The first free slot comes when all but limit - 1 of the taken ones have run out.
            var free = taken.Select(slot => slot.Until).Order().ElementAt(taken.Count - limit);
            logger.LogInformation("Mailbox {Mailbox} at {Limit}/min ({Taken} slots taken across instances), waiting {Seconds} s",
                mailbox, limit, taken.Count, Math.Ceiling((free - now).TotalSeconds));
            return free;
        }

        // A rerun of a send that crashed in flight: the earlier attempt may have reached Exchange, and one row stands
        // for one slot, so the new attempt waits until the earlier one has left the window.
        if (taken.Where(slot => slot.Id == reminderId).Select(slot => slot.Until).FirstOrDefault() is var earlier && earlier > now)
        {
            logger.LogInformation("Reminder {ReminderId}: an earlier attempt holds a slot of {Mailbox}, waiting {Seconds} s",
                reminderId, mailbox, Math.Ceiling((earlier - now).TotalSeconds));
            return earlier;
        }

        var recorded = await db.Reminders.Where(reminder => reminder.Id == reminderId)
            .ExecuteUpdateAsync(set => set.SetProperty(reminder => reminder.SenderMailbox, mailbox).SetProperty(reminder => reminder.SendSlotUntil, now + Window), cancellationToken);
        return recorded == 1 ? null : throw new InvalidOperationException($"Reminder {reminderId} is not in the database; a slot must be recorded on a saved reminder.");
    }

    /// <summary>Moves a held slot's end to a minute from now: while the call runs (<paramref name="onlyWhileHeld"/>),
    /// and once more when it ended. Only ever lengthens a slot, so it needs no lock.</summary>
    private async Task ExtendAsync(string mailbox, long reminderId, bool onlyWhileHeld, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reminders = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>().Reminders.Where(reminder => reminder.Id == reminderId);
            if (onlyWhileHeld)
            {
                // A lapsed slot may have been given to another send meanwhile; taking it back could exceed the limit.
                reminders = reminders.Where(reminder => reminder.SendSlotUntil > now);
            }

            if (await reminders.ExecuteUpdateAsync(set => set.SetProperty(reminder => reminder.SendSlotUntil, now + Window), cancellationToken) == 0 && onlyWhileHeld)
            {
                logger.LogWarning("Reminder {ReminderId}: its slot of {Mailbox} ran out before it was renewed", reminderId, mailbox);
            }
        }
        catch (DbException exception)
        {
            // The slot still holds until its last recorded end; the send itself must not fail for this.
            logger.LogWarning(exception, "Reminder {ReminderId}: could not extend its slot of {Mailbox}", reminderId, mailbox);
        }
    }

    private static DateTimeOffset Later(DateTimeOffset? first, DateTimeOffset? second) =>
        first is null ? second!.Value : second is null || first > second ? first.Value : second.Value; // The query returns only rows with one of the two.

    private sealed class Lease : IAsyncDisposable
    {
        private readonly MailboxRateLimiter limiter;
        private readonly TimeProvider time;
        private readonly string mailbox;
        private readonly long reminderId;
        private readonly CancellationTokenSource stop;
        private readonly Task renewals;

        public Lease(MailboxRateLimiter limiter, TimeProvider time, string mailbox, long reminderId)
        {
            this.limiter = limiter;
            this.time = time;
            this.mailbox = mailbox;
            this.reminderId = reminderId;
            stop = CancellationTokenSource.CreateLinkedTokenSource(limiter.stopping.Token);
            renewals = RenewAsync(stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await renewals;
            stop.Dispose();
            await limiter.ExtendAsync(mailbox, reminderId, onlyWhileHeld: false, CancellationToken.None);
        }

        private async Task RenewAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(RenewEvery, time, cancellationToken);
                    await limiter.ExtendAsync(mailbox, reminderId, onlyWhileHeld: true, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The send ended, or the process is stopping (a crash stops renewing the same way).
            }
        }
    }
}
