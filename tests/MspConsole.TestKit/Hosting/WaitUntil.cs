namespace MspConsole.TestKit.Hosting;

/// <summary>The one wait-until loop: asks again every <c>interval</c> until the answer comes, and fails the test naming what did not happen.</summary>
public static class WaitUntil
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);

    public static async Task TrueAsync(string what, Func<CancellationToken, Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken,
        TimeSpan? interval = null, Func<string>? context = null) =>
        await ValueAsync(what, async token => await condition(token) ? (object)true : null, timeout, cancellationToken, interval, context);

    /// <summary>Waits until <paramref name="probe"/> answers something (not null) and returns it.</summary>
    public static async Task<T> ValueAsync<T>(string what, Func<CancellationToken, Task<T?>> probe, TimeSpan timeout, CancellationToken cancellationToken,
        TimeSpan? interval = null, Func<string>? context = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe(cancellationToken) is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Not within {timeout}: {what}." + (context is null ? "" : "\n" + context()));
            }

            await Task.Delay(interval ?? DefaultInterval, cancellationToken);
        }
    }
}
