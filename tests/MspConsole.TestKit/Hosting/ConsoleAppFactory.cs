using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Polling;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.Web.Hosting;

namespace MspConsole.TestKit.Hosting;

/// <summary>
/// The one test host: the real Program, configured by <see cref="ConsoleHostOptions"/> through the ordinary builder (the
/// factory's settings reach Program as host settings, before its first line), with intents a test needs: sign in as a persona
/// (<see cref="SignIn.ClientAsync"/>), poll a tenant, wait until the database shows something.
/// </summary>
public sealed class ConsoleAppFactory(ConsoleHostOptions options) : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-tests", "hosts", Guid.NewGuid().ToString("N"));

    /// <summary>Where a browser reaches the console (<see cref="ConsoleHostOptions.Kestrel"/>); the test server's address otherwise.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>The console's own simulator (<see cref="ConsoleHostOptions.EmbeddedSimulatorTenants"/>), started with the app.</summary>
    public SimulatorHost EmbeddedSimulator =>
        Services.GetRequiredService<EmbeddedGraphSimulator>().Run?.Host ?? throw new InvalidOperationException("The console runs no embedded simulator.");

    /// <summary>Starts the console (on a loopback port with <see cref="ConsoleHostOptions.Kestrel"/>); other calls start it on first use.</summary>
    public ConsoleAppFactory Start()
    {
        if (options.Kestrel)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        StartServer();
        if (options.Kestrel)
        {
            // Kestrel always exposes its addresses feature.
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        }

        return this;
    }

    /// <summary>Polls the tenant now, as the poll job would.</summary>
    public async Task<PollResult> PollAsync(Guid tenantId, CancellationToken cancellationToken, PollTrigger trigger = PollTrigger.Manual)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TenantPoller>().PollAsync(tenantId, trigger, cancellationToken);
    }

    /// <summary>Reads the console's database (a fresh context each time) until <paramref name="condition"/> holds; fails naming <paramref name="what"/>.</summary>
    public Task WaitUntilAsync(string what, Func<MspConsoleDbContext, CancellationToken, Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        WaitUntil.TrueAsync(what, async token =>
        {
            await using var scope = Services.CreateAsyncScope();
            return await condition(scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>(), token);
        }, timeout, cancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(options.Environment);
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (options.Time is { } time)
            {
                services.AddSingleton(time);
            }

            options.Services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written there.
        }
    }

    private Dictionary<string, string?> Settings()
    {
        var embedded = options.EmbeddedSimulatorTenants > 0;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:DataDirectory"] = dataDirectory,
            ["Authentication:Mode"] = options.AuthenticationMode,
            ["Authentication:SeedDemoAssignments"] = "false",
            ["Simulator:Embedded"] = embedded ? "true" : "false",
            ["Simulator:SeedDemoTenants"] = embedded ? "true" : "false",
            ["Jobs:ServerEnabled"] = options.Jobs ? "true" : "false",
        };
        if (options.ConnectionString is { } connectionString)
        {
            settings["Database:ConnectionString"] = connectionString;
        }

        if (embedded)
        {
            settings["Simulator:Tenants"] = options.EmbeddedSimulatorTenants.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Simulator:LeaveForOnboarding"] = "0";
        }
        else
        {
            var graph = options.Simulator?.BaseAddress.ToString().TrimEnd('/') ?? "http://127.0.0.1:9";
            settings["Graph:GraphBaseUrl"] = graph;
            settings["Graph:LoginBaseUrl"] = graph;
            settings["Graph:ClientId"] = options.Simulator is null ? "00000000-0000-0000-0000-000000000001" : SimulatorOptions.DefaultClientId;
            settings["Graph:ClientSecret"] = options.Simulator is null ? "unused" : SimulatorOptions.DefaultClientSecret;
            settings["Graph:TokenSource"] = "ClientCredentials";
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
