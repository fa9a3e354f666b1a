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

    /// <summary>Moves the clock only while <paramref name="progress"/> stands still for <paramref name="quiet"/> of real
    /// time, i.e. while the work waits on the clock: sends then happen at the speed of the code, not of the machine,
    /// so a limit that leaks shows up. A slow machine can only add clock time between sends, which never helps a test
    /// of "at most N in a minute" pass.</summary>
    public static async Task<T> RunWhenIdleAsync<T>(FakeTimeProvider clock, Task<T> work, Func<int> progress, TimeSpan step, TimeSpan quiet, TimeSpan realTimeout)
    {
        using var timeout = new CancellationTokenSource(realTimeout);
        while (!work.IsCompleted)
        {
            var before = progress();
            await Task.WhenAny(work, Task.Delay(quiet, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default));
            timeout.Token.ThrowIfCancellationRequested();
            if (!work.IsCompleted && progress() == before)
            {
                clock.Advance(step);
            }
        }

        return await work;
    }
}
