namespace MspConsole.TestKit.Hosting;

/// <summary>A fixture's teardown: disposes what it started, in the order given (the console before the simulator and the
/// database it uses), skipping what never started.</summary>
public static class Disposal
{
    public static async ValueTask InOrderAsync(params IAsyncDisposable?[] resources)
    {
        foreach (var resource in resources)
        {
            if (resource is not null)
            {
                await resource.DisposeAsync();
            }
        }
    }
}
