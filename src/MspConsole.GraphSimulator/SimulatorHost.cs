using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator;

/// <summary>Runs the simulator in-process on Kestrel (tests, benchmarks, the console's embedded default).</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SimulatorHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        State = app.Services.GetRequiredService<SimulatorState>();
    }

    /// <summary>Root of the simulator, ending in '/': Graph is at <c>{BaseAddress}v1.0/</c>, tokens at <c>{BaseAddress}{tenant}/oauth2/v2.0/token</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Ground truth and fault controls (the same object the control API uses).</summary>
    public SimulatorState State { get; }

    /// <summary>Graph v1.0 root, e.g. <c>http://127.0.0.1:5123/v1.0</c> (what GraphServiceClient takes as base URL).</summary>
    public Uri GraphV1 => new(BaseAddress, "v1.0");

    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = SimulatorApp.Build(options, []);
        await app.StartAsync(cancellationToken);
        // Kestrel always provides IServerAddressesFeature, so the "!" is safe.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // ! : Kestrel always offers its addresses.
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
