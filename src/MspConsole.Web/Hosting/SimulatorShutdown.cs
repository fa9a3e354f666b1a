using MspConsole.GraphSimulator;

namespace MspConsole.Web.Hosting;

/// <summary>Stops the embedded simulator with the app (a singleton registered as an instance is not disposed by the container).</summary>
internal sealed class SimulatorShutdown(SimulatorHost simulator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await simulator.DisposeAsync();
}
