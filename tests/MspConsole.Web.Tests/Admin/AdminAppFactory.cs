using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.GraphSimulator;
using MspConsole.TestKit.Builders;

namespace MspConsole.Web.Tests.Admin;

/// <summary>The real app (Development, persona sign-in) on its own SQLite file, talking to a simulator started by the
/// fixture (25 tenants), without a job server: first polls are recorded, and GDAP answers from <see cref="Gdap"/>.</summary>
public sealed class AdminAppFactory(string connectionString, SimulatorHost simulator) : WebApplicationFactory<Program>
{
    public RecordingPollScheduler Polls { get; } = new();

    public FakePartnerCustomers Gdap { get; } = new();

    public FakeTimeProvider Time { get; } = new(TestClock.Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Authentication:SeedDemoAssignments", "false");
        builder.UseSetting("Jobs:ServerEnabled", "false");
        builder.UseSetting("Simulator:Embedded", "false");
        builder.UseSetting("Graph:GraphBaseUrl", simulator.BaseAddress.ToString().TrimEnd('/'));
        builder.UseSetting("Graph:LoginBaseUrl", simulator.BaseAddress.ToString().TrimEnd('/'));
        builder.UseSetting("Graph:ClientId", SimulatorOptions.DefaultClientId);
        builder.UseSetting("Graph:ClientSecret", SimulatorOptions.DefaultClientSecret);
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
        builder.UseSetting("Graph:ThrottleBackoffSeconds", "0");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IPollScheduler>(Polls);
            services.AddSingleton<IPartnerCustomerSource>(Gdap);
        });
    }
}
