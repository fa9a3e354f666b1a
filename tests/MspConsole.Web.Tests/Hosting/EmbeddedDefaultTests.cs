using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>
/// The embedded default as a new user starts it: SQLite, demo tenants from the simulator, Hangfire, first poll
/// without any action. The test starts the simulator itself: WebApplicationFactory would take over the first
/// host built in the process, which would be the embedded simulator's.
/// </summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-tests", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private SimulatorHost? simulator;

    [Fact]
    public async Task FreshStart_PollsTheDemoTenantsWithoutAnyAction_AndHealthIsGreen()
    {
        var cancellation = TestContext.Current.CancellationToken;
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 8, Seed = 1 }, cancellation);
        var app = Factory(simulator.BaseAddress.ToString().TrimEnd('/'));
        var client = app.CreateClient();
        var consented = simulator.State.GetTenantSummaries().Where(s => s.Consented).Select(s => s.Id).ToHashSet();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        List<Tenant> tenants;
        do
        {
            await Task.Delay(250, cancellation);
            await using var scope = app.Services.CreateAsyncScope();
            tenants = await scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>().Tenants.AsNoTracking().ToListAsync(cancellation);
        }
        while (DateTime.UtcNow < deadline && (tenants.Count == 0 || tenants.Any(t => consented.Contains(t.Id) && t.LastPollOutcome != PollOutcome.Succeeded)));

        // Development leaves the last three simulated tenants for the newcomer to onboard (Simulator:LeaveForOnboarding).
        var simulated = simulator.State.GetTenantSummaries();
        Assert.Equal(simulated.Take(simulated.Count - 3).Select(s => s.Id).Order(), tenants.Select(t => t.Id).Order());
        Assert.All(tenants.Where(t => consented.Contains(t.Id)), t => Assert.Equal(PollOutcome.Succeeded, t.LastPollOutcome));
        Assert.All(tenants.Where(t => !consented.Contains(t.Id)), t => Assert.Equal(ConsentState.Missing, t.ConsentState));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(cancellation));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
        Assert.True(health.Headers.Contains("X-Correlation-ID"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private WebApplicationFactory<Program> Factory(string simulatorUrl) => factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Simulator:Embedded", "false");
        builder.UseSetting("Simulator:SeedDemoTenants", "true");
        builder.UseSetting("Graph:GraphBaseUrl", simulatorUrl);
        builder.UseSetting("Graph:LoginBaseUrl", simulatorUrl);
        builder.UseSetting("Graph:ClientId", SimulatorOptions.DefaultClientId);
        builder.UseSetting("Graph:ClientSecret", SimulatorOptions.DefaultClientSecret);
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
    });
}
