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

/// <summary>The embedded default as a new user starts it: SQLite, in-process simulator, Hangfire, first poll without any action.</summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-tests", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;

    [Fact]
    public async Task FreshStart_PollsTheDemoTenantsWithoutAnyAction_AndHealthIsGreen()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var app = Factory();
        var client = app.CreateClient();
        var simulator = app.Services.GetRequiredService<SimulatorHost>();
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

        Assert.Equal(simulator.State.GetTenantSummaries().Count, tenants.Count);
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

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private WebApplicationFactory<Program> Factory() => factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", dataDirectory);
        builder.UseSetting("Simulator:Embedded", "true");
        builder.UseSetting("Simulator:Tenants", "8");
    });
}
