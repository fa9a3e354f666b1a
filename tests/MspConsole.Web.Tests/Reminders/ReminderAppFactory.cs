using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Graph;

namespace MspConsole.Web.Tests.Reminders;

/// <summary>
/// The real app on a SQLite file, with the development sign-in, talking to a Graph simulator the fixture started.
/// It is wired the way Simulator:Embedded wires it (Graph settings, the simulator as a DI singleton, the plain
/// client-credentials token source) rather than with Simulator:Embedded itself: the embedded simulator builds its own
/// WebApplication inside Program before the app's, and WebApplicationFactory takes the first host built as the app.
/// Program also reads some settings before <c>Build()</c> (Simulator:Embedded from appsettings.Development.json, the
/// job storage's folder), while WebApplicationFactory's settings arrive at <c>Build()</c>: <see cref="Start"/> passes
/// those as environment variables while the host is created, under a lock, and restores them after.
/// </summary>
public sealed class ReminderAppFactory(string connectionString, SimulatorHost simulator, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private static readonly Lock EnvironmentLock = new();

    public void Start()
    {
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

                _ = Services;
            }
            finally
            {
                foreach (var (key, value) in previous)
                {
                    Environment.SetEnvironmentVariable(key, value);
                }
            }
        }
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
