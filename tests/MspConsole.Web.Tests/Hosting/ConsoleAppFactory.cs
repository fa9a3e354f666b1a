using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.TestKit.Builders;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>The real app on a SQLite file, with the development sign-in and a clock fixed at <see cref="TestClock.Now"/>.</summary>
public sealed class ConsoleAppFactory(string connectionString, string environment = "Development", string authenticationMode = "Development") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-tests", "data");
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Authentication:Mode", authenticationMode);
        builder.UseSetting("Authentication:SeedDemoAssignments", "false");
        // appsettings.Development.json turns the embedded simulator on; its own WebApplication would be the one the factory captures (404 everywhere).
        builder.UseSetting("Simulator:Embedded", "false");
        // These pages read the database only; Graph needs valid (unused) settings to start, and no job server runs.
        builder.UseSetting("Graph:ClientId", "00000000-0000-0000-0000-0000000000a1");
        builder.UseSetting("Graph:ClientSecret", "unused");
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
        builder.UseSetting("Graph:GraphBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Graph:LoginBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Jobs:ServerEnabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Now)));
    }
}
