using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Jobs;
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
    public Task<IAsyncDisposable> AcquireAsync(string mailbox, long reminderId, CancellationToken cancellationToken) =>
        AcquireAsync(mailbox, new SlotHolder(reminderId, null, null), cancellationToken);

    /// <summary>The same for a customer report mail: its slot is recorded on the tenant's report subscription, so report
    /// mails and reminders from one mailbox share the limit.</summary>
    public Task<IAsyncDisposable> AcquireForReportAsync(string mailbox, Guid tenantId, CancellationToken cancellationToken) =>
        AcquireAsync(mailbox, new SlotHolder(null, tenantId, null), cancellationToken);

    /// <summary>The same for an alert mail: its slot is recorded on the alert delivery.</summary>
    public Task<IAsyncDisposable> AcquireForAlertAsync(string mailbox, long deliveryId, CancellationToken cancellationToken) =>
        AcquireAsync(mailbox, new SlotHolder(null, null, deliveryId), cancellationToken);

    private async Task<IAsyncDisposable> AcquireAsync(string mailbox, SlotHolder holder, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var askAgainAt = await TryTakeAsync(mailbox, holder, cancellationToken);
                if (askAgainAt is null)
                {
                    return new Lease(this, time, mailbox, holder);
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
    private async Task<DateTimeOffset?> TryTakeAsync(string mailbox, SlotHolder holder, CancellationToken cancellationToken)
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
            .Select(reminder => (Id: new SlotHolder(reminder.Id, null, null), Until: Later(reminder.SendSlotUntil, reminder.SentAt + Window)))
            .ToList();
        taken.AddRange((await db.CustomerReportSubscriptions.AsNoTracking()
                .Where(report => report.SenderMailbox == mailbox && report.SendSlotUntil > now)
                .Select(report => new { report.TenantId, report.SendSlotUntil })
                .ToListAsync(cancellationToken))
            .Select(report => (Id: new SlotHolder(null, report.TenantId, null), Until: report.SendSlotUntil!.Value))); // ! : the query kept only reports with a slot (> now).
        taken.AddRange((await db.AlertDeliveries.AsNoTracking()
                .Where(delivery => delivery.SenderMailbox == mailbox && delivery.SendSlotUntil > now)
                .Select(delivery => new { delivery.Id, delivery.SendSlotUntil })
                .ToListAsync(cancellationToken))
            .Select(delivery => (Id: new SlotHolder(null, null, delivery.Id), Until: delivery.SendSlotUntil!.Value))); // ! : only rows with a slot after now.

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
        if (taken.Where(slot => slot.Id == holder).Select(slot => slot.Until).FirstOrDefault() is var earlier && earlier > now)
        {
            logger.LogInformation("Send {Holder}: an earlier attempt holds a slot of {Mailbox}, waiting {Seconds} s",
                holder, mailbox, Math.Ceiling((earlier - now).TotalSeconds));
            return earlier;
        }

        var recorded = holder.ReportTenantId is { } tenantId
            ? await db.CustomerReportSubscriptions.Where(report => report.TenantId == tenantId)
                .ExecuteUpdateAsync(set => set.SetProperty(report => report.SenderMailbox, mailbox).SetProperty(report => report.SendSlotUntil, now + Window), cancellationToken)
            : holder.AlertDeliveryId is { } deliveryId
            ? await db.AlertDeliveries.Where(delivery => delivery.Id == deliveryId)
                .ExecuteUpdateAsync(set => set.SetProperty(delivery => delivery.SenderMailbox, mailbox).SetProperty(delivery => delivery.SendSlotUntil, now + Window), cancellationToken)
            : await db.Reminders.Where(reminder => reminder.Id == holder.ReminderId)
                .ExecuteUpdateAsync(set => set.SetProperty(reminder => reminder.SenderMailbox, mailbox).SetProperty(reminder => reminder.SendSlotUntil, now + Window), cancellationToken);
        return recorded == 1 ? null : throw new InvalidOperationException($"{holder} is not in the database; a slot must be recorded on a saved row.");
    }

    /// <summary>Moves a held slot's end to a minute from now: while the call runs (<paramref name="onlyWhileHeld"/>),
    /// and once more when it ended. Only ever lengthens a slot, so it needs no lock.</summary>
    private async Task ExtendAsync(string mailbox, SlotHolder holder, bool onlyWhileHeld, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
            int extended;
            // A lapsed slot may have been given to another send meanwhile; taking it back could exceed the limit.
            if (holder.ReportTenantId is { } tenantId)
            {
                var reports = db.CustomerReportSubscriptions.Where(report => report.TenantId == tenantId && (!onlyWhileHeld || report.SendSlotUntil > now));
                extended = await reports.ExecuteUpdateAsync(set => set.SetProperty(report => report.SendSlotUntil, now + Window), cancellationToken);
            }
            else if (holder.AlertDeliveryId is { } deliveryId)
            {
                var deliveries = db.AlertDeliveries.Where(delivery => delivery.Id == deliveryId && (!onlyWhileHeld || delivery.SendSlotUntil > now));
                extended = await deliveries.ExecuteUpdateAsync(set => set.SetProperty(delivery => delivery.SendSlotUntil, now + Window), cancellationToken);
            }
            else
            {
                var reminders = db.Reminders.Where(reminder => reminder.Id == holder.ReminderId && (!onlyWhileHeld || reminder.SendSlotUntil > now));
                extended = await reminders.ExecuteUpdateAsync(set => set.SetProperty(reminder => reminder.SendSlotUntil, now + Window), cancellationToken);
            }

            if (extended == 0 && onlyWhileHeld)
            {
                logger.LogWarning("Send {Holder}: its slot of {Mailbox} ran out before it was renewed", holder, mailbox);
            }
        }
        catch (DbException exception)
        {
            // The slot still holds until its last recorded end; the send itself must not fail for this.
            logger.LogWarning(exception, "Send {Holder}: could not extend its slot of {Mailbox}", holder, mailbox);
        }
    }

    /// <summary>The row a slot is recorded on: a reminder, a tenant's report subscription, or an alert delivery.</summary>
    private readonly record struct SlotHolder(long? ReminderId, Guid? ReportTenantId, long? AlertDeliveryId)
    {
        public override string ToString() => ReportTenantId is { } tenantId ? $"report of {tenantId}" : AlertDeliveryId is { } deliveryId ? $"alert delivery {deliveryId}" : $"{ReminderId}";
    }

    private static DateTimeOffset Later(DateTimeOffset? first, DateTimeOffset? second) =>
        first is null ? second!.Value : second is null || first > second ? first.Value : second.Value; // The query returns only rows with one of the two.

    private sealed class Lease : IAsyncDisposable
    {
        private readonly MailboxRateLimiter limiter;
        private readonly TimeProvider time;
        private readonly string mailbox;
        private readonly SlotHolder holder;
        private readonly CancellationTokenSource stop;
        private readonly Task renewals;

        public Lease(MailboxRateLimiter limiter, TimeProvider time, string mailbox, SlotHolder holder)
        {
            this.limiter = limiter;
            this.time = time;
            this.mailbox = mailbox;
            this.holder = holder;
            stop = CancellationTokenSource.CreateLinkedTokenSource(limiter.stopping.Token);
            renewals = RenewAsync(stop.Token);
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await renewals;
            stop.Dispose();
            await limiter.ExtendAsync(mailbox, holder, onlyWhileHeld: false, CancellationToken.None);
        }

        private async Task RenewAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(RenewEvery, time, cancellationToken);
                    await limiter.ExtendAsync(mailbox, holder, onlyWhileHeld: true, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The send ended, or the process is stopping (a crash stops renewing the same way).
            }
        }
    }
}
