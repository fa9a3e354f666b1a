using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Polling;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Control;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;
using MspConsole.Web.Hosting;

namespace MspConsole.TestKit.Hosting;

/// <summary>
/// The one test host: the real Program, configured by <see cref="ConsoleHostOptions"/> through the ordinary builder (the
/// factory's settings reach Program as host settings, before its first line), with intents a test needs: sign in as a persona,
/// poll a tenant, wait until the database shows something, the embedded simulator's control API.
/// </summary>
public sealed class ConsoleAppFactory(ConsoleHostOptions options) : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-tests", "hosts", Guid.NewGuid().ToString("N"));
    private HttpClient? controlHttp;

    public ConsoleHostOptions Options => options;

    /// <summary>Where a browser reaches the console (<see cref="ConsoleHostOptions.Kestrel"/>); the test server's address otherwise.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    /// <summary>The console's own simulator (<see cref="ConsoleHostOptions.EmbeddedSimulatorTenants"/>), started with the app.</summary>
    public SimulatorHost EmbeddedSimulator =>
        Services.GetRequiredService<EmbeddedGraphSimulator>().Run?.Host ?? throw new InvalidOperationException("The console runs no embedded simulator.");

    /// <summary>The embedded simulator's control API over HTTP: ground truth, and changes a user makes in Microsoft 365.</summary>
    public SimulatorControlClient SimulatorControl => new(controlHttp ??= new HttpClient { BaseAddress = EmbeddedSimulator.BaseAddress });

    /// <summary>The console's text log so far (the file sink in its data directory), for waits on what a job says and for failure messages.</summary>
    public string Log
    {
        get
        {
            var folder = Path.Combine(dataDirectory, "logs");
            return Directory.Exists(folder)
                ? string.Concat(Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(ReadShared))
                : "";
        }
    }

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
        controlHttp?.Dispose();
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

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
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
