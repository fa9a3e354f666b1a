using Microsoft.Extensions.Time.Testing;

namespace MspConsole.Infrastructure.Tests.Reminders;

/// <summary>Moves a <see cref="FakeTimeProvider"/> forward while work that waits on it runs, until the work ends.</summary>
internal static class FakeClockPump
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> work, TimeSpan step, TimeSpan realTimeout)
    {
        using var timeout = new CancellationTokenSource(realTimeout);
        while (!work.IsCompleted)
        {
            clock.Advance(step);
            // Give the work a moment of real time to reach its next wait; this is a poll with an overall timeout, not a fixed sleep for a result.
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(5), timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            timeout.Token.ThrowIfCancellationRequested();
        }

        return await work;
    }
}
