using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.TestKit.Builders;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>The real app on a real loopback port (a browser cannot talk to the in-memory test server).</summary>
public sealed class KestrelConsoleFactory(string connectionString) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        // Kestrel always exposes its addresses feature.
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:DataDirectory", Path.Combine(Path.GetTempPath(), "mspconsole-e2e", "data"));
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Authentication:SeedDemoAssignments", "false");
        // The pages read seeded data: no Graph is reachable and no job server runs.
        builder.UseSetting("Simulator:Embedded", "false");
        builder.UseSetting("Simulator:SeedDemoTenants", "false");
        builder.UseSetting("Graph:GraphBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Graph:LoginBaseUrl", "http://127.0.0.1:9");
        builder.UseSetting("Graph:ClientId", "00000000-0000-0000-0000-000000000001");
        builder.UseSetting("Graph:ClientSecret", "unused");
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
        builder.UseSetting("Jobs:ServerEnabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Now)));
    }
}
