using Microsoft.Extensions.Options;
using MspConsole.GraphSimulator;

namespace MspConsole.Web.Hosting;

/// <summary>
/// The embedded default's Graph simulator (Simulator:Embedded), in-process on a loopback port. It starts the first time the
/// Graph or reminder settings are read (their validation reads them when the app starts), so nothing is started and no
/// setting rewritten before the app's own Build(). Disposed with the app.
/// </summary>
public sealed class EmbeddedGraphSimulator : IAsyncDisposable
{
    private readonly Lazy<EmbeddedRun?> run;

    public EmbeddedGraphSimulator(IOptions<SimulatorSettings> settings, IHostEnvironment environment, IConfiguration configuration)
    {
        run = new Lazy<EmbeddedRun?>(() => settings.Value.Embedded ? Start(settings.Value, environment, configuration) : null);
    }

    /// <summary>The running simulator (started on first use), or null when Simulator:Embedded is off.</summary>
    public EmbeddedRun? Run => run.Value;

    public async ValueTask DisposeAsync()
    {
        if (run.IsValueCreated && run.Value is { } started)
        {
            await started.Host.DisposeAsync();
        }
    }

    private static EmbeddedRun Start(SimulatorSettings settings, IHostEnvironment environment, IConfiguration configuration)
    {
        DevelopmentOnly.Ensure(environment, "Simulator:Embedded", "The Graph simulator is for development and demos only.");
        // Options are built synchronously; this runs once, on the thread that starts the app (no synchronization context).
        var host = SimulatorHost.StartAsync(new SimulatorOptions
        {
            Tenants = settings.Tenants,
            Seed = settings.Seed,
            LatencyMilliseconds = settings.LatencyMilliseconds,
        }).GetAwaiter().GetResult();
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');
        Console.WriteLine($"Embedded Graph simulator: {baseUrl} ({settings.Tenants} demo tenants)");

        // The first simulated tenant stands in for the MSP's own tenant (the demo seeder does not onboard it as a customer):
        // reminders come from an MSP mailbox there, never from a customer's user, unless configured otherwise.
        var mspTenant = host.State.GetTenantSummaries()[0];
        var sender = configuration["Reminders:SenderTenantId"] is null or ""
            ? host.State.AddUser(mspTenant.Id, "MFA reminders", $"mfa-reminders@{mspTenant.DefaultDomain}")
            : null;
        return new EmbeddedRun(host, baseUrl, sender is null ? null : (mspTenant.Id, sender.UserPrincipalName));
    }
}
