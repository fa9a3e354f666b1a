using System.Runtime.CompilerServices;

namespace MspConsole.Infrastructure.Polling;

internal static class ReadAhead
{
    /// <summary>Starts reading the next item while the caller works on the current one (a poll saves a page while Graph
    /// sends the next), so at most two items are held at once.</summary>
    public static async IAsyncEnumerable<T> ReadingAheadAsync<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = source.GetAsyncEnumerator(cancellationToken);
        var next = items.MoveNextAsync().AsTask();
        try
        {
            while (await next)
            {
                var current = items.Current;
                next = items.MoveNextAsync().AsTask();
                yield return current;
            }
        }
        finally
        {
            // When the caller stops early (a failed save), the read already started must end before the source is disposed;
            // its own outcome no longer matters: the caller's failure is the one reported.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await items.DisposeAsync();
        }
    }
}
