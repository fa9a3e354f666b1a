using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Keeps every sender mailbox within Exchange Online's limit (30 messages a minute): a send may start only while
/// fewer than the limit have finished in the last minute or are still in flight. A strict rolling window, not the
/// BCL's fixed or sliding-segment limiters, which can let up to twice the limit through across a segment boundary;
/// waits run on the injected <see cref="TimeProvider"/> so tests move time instead of sleeping.
/// A DI singleton: one window per mailbox for the whole process.
/// </summary>
public sealed class MailboxRateLimiter(TimeProvider time, IOptions<ReminderOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, MailboxWindow> windows = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a free slot of <paramref name="mailbox"/>. Dispose the lease when the send is done.
    /// <paramref name="recentSends"/> seeds a mailbox's window the first time this process uses it (sends of other
    /// instances or of the process before a restart, as recorded in the database).</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string mailbox, Func<CancellationToken, Task<IReadOnlyList<DateTimeOffset>>> recentSends, CancellationToken cancellationToken)
    {
        var window = windows.GetOrAdd(mailbox, _ => new MailboxWindow());
        await window.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!window.Seeded)
            {
                window.Seed(await recentSends(cancellationToken));
            }

            while (true)
            {
                var wait = window.TryTake(time.GetUtcNow(), options.Value.MessagesPerMinutePerMailbox, Window, out var slot);
                if (slot is not null)
                {
                    return new Lease(window, slot, time);
                }

                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            window.Gate.Release();
        }
    }

    /// <summary>One mailbox: <see cref="Gate"/> queues the senders waiting for a slot; the slot list has its own lock,
    /// so a finishing send can free its slot while another sender waits.</summary>
    private sealed class MailboxWindow
    {
        private readonly List<Slot> slots = [];

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public bool Seeded { get; private set; }

        public void Seed(IEnumerable<DateTimeOffset> sentAt)
        {
            lock (slots)
            {
                slots.AddRange(sentAt.Select(at => new Slot { FinishedAt = at }));
                Seeded = true;
            }
        }

        /// <summary>Takes a slot, or says how long to wait before trying again.</summary>
        public TimeSpan TryTake(DateTimeOffset now, int limit, TimeSpan window, out Slot? taken)
        {
            lock (slots)
            {
                slots.RemoveAll(slot => slot.FinishedAt is { } finished && finished <= now - window);
                if (slots.Count < limit)
                {
                    taken = new Slot();
                    slots.Add(taken);
                    return TimeSpan.Zero;
                }

                taken = null;
                // In-flight sends keep their slot until they finish; otherwise wait for the oldest to leave the window.
                var finished = slots.Where(slot => slot.FinishedAt is not null).Select(slot => slot.FinishedAt!.Value).ToList();
                var wait = finished.Count == 0 ? TimeSpan.Zero : finished.Min() + window - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(100);
            }
        }

        public void Finish(Slot slot, DateTimeOffset now)
        {
            lock (slots)
            {
                slot.FinishedAt ??= now;
            }
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset? FinishedAt { get; set; }
    }

    private sealed class Lease(MailboxWindow window, Slot slot, TimeProvider time) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            window.Finish(slot, time.GetUtcNow());
            return ValueTask.CompletedTask;
        }
    }
}
