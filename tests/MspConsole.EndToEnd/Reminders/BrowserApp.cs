using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Graph;

namespace MspConsole.EndToEnd.Reminders;

/// <summary>
/// The real app on Kestrel (a loopback port a browser can reach), on a SQLite file, with the development sign-in,
/// talking to a Graph simulator the test started — wired the way Simulator:Embedded wires it. Not Simulator:Embedded
/// itself: the embedded simulator builds its own WebApplication inside Program, and WebApplicationFactory takes the first
/// host built as the app. Settings Program reads before Build() go in as environment variables while the host starts.
/// </summary>
public sealed class BrowserApp(string connectionString, SimulatorHost simulator, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private static readonly Lock EnvironmentLock = new();

    public Uri Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var early = new Dictionary<string, string>
        {
            ["Simulator__Embedded"] = "false",
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = connectionString,
            ["Graph__TokenSource"] = "ClientCredentials",
        };
        lock (EnvironmentLock)
        {
            var previous = early.Keys.ToDictionary(key => key, Environment.GetEnvironmentVariable);
            try
            {
                foreach (var (key, value) in early)
                {
                    Environment.SetEnvironmentVariable(key, value);
                }

                StartServer();
            }
            finally
            {
                foreach (var (key, value) in previous)
                {
                    Environment.SetEnvironmentVariable(key, value);
                }
            }
        }

        // Kestrel always has IServerAddressesFeature.
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var baseUrl = simulator.BaseAddress.ToString().TrimEnd('/');
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Authentication:SeedDemoAssignments", "false");
        builder.UseSetting("Jobs:PollNewTenantsOnStartup", "false");
        builder.UseSetting("Graph:GraphBaseUrl", baseUrl);
        builder.UseSetting("Graph:LoginBaseUrl", baseUrl);
        builder.UseSetting("Graph:ClientId", SimulatorOptions.DefaultClientId);
        builder.UseSetting("Graph:ClientSecret", SimulatorOptions.DefaultClientSecret);
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(simulator);
            services.AddSingleton<IAppTokenSource, ClientCredentialsTokenSource>();
        });
    }
}
