using System.Runtime.CompilerServices;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Tests.Polling;

public sealed class ReadAheadTests
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly TaskCompletionSource secondRead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task ReadingAhead_ReadsTheNextItemWhileTheCurrentOneIsHandled_AndKeepsTheOrder()
    {
        var reads = new List<string>();
        var seen = new List<int>();

        await foreach (var item in Source(3, reads, failAt: null, cancellation).ReadingAheadAsync(cancellation))
        {
            if (item == 1)
            {
                // Without reading ahead, item 2 is read only after this handler returns: this wait would time out.
                await secondRead.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
            }

            seen.Add(item);
        }

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(["read 1", "read 2", "read 3", "disposed"], reads);
    }

    [Fact]
    public async Task ReadingAhead_ReadFails_SurfacesTheFailureAfterTheItemsBefore()
    {
        var reads = new List<string>();
        var seen = new List<int>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in Source(3, reads, failAt: 2, cancellation).ReadingAheadAsync(cancellation))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("read 2 failed", failure.Message);
        Assert.Equal([1], seen);
        Assert.Contains("disposed", reads);
    }

    [Fact]
    public async Task ReadingAhead_CallerStopsEarly_WaitsForTheStartedReadAndDisposesTheSource()
    {
        var reads = new List<string>();

        await foreach (var _ in Source(3, reads, failAt: 2, cancellation).ReadingAheadAsync(cancellation))
        {
            break;
        }

        Assert.Equal(["read 1", "read 2", "disposed"], reads);
    }

    private async IAsyncEnumerable<int> Source(int count, List<string> reads, int? failAt, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            for (var i = 1; i <= count; i++)
            {
                await Task.Delay(10, cancellationToken);
                lock (reads)
                {
                    reads.Add($"read {i}");
                }

                if (i == 2)
                {
                    secondRead.TrySetResult();
                }

                if (i == failAt)
                {
                    throw new InvalidOperationException($"read {i} failed");
                }

                yield return i;
            }
        }
        finally
        {
            lock (reads)
            {
                reads.Add("disposed");
            }
        }
    }
}
