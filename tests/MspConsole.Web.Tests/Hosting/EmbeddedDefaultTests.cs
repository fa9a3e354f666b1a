using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>
/// The embedded default as a new user starts it: its own SQLite database, its own Graph simulator, demo tenants from it,
/// Hangfire, first poll without any action. In-process: Program starts nothing before its Build().
/// </summary>
public sealed class EmbeddedDefaultTests : IAsyncDisposable
{
    private readonly ConsoleAppFactory app = new(new ConsoleHostOptions(ConnectionString: null)
    {
        EmbeddedSimulatorTenants = 8,
        Jobs = true,
        // As in appsettings.Development.json: the last three simulated customers are left for the newcomer to onboard.
        Settings = new Dictionary<string, string?> { ["Simulator:LeaveForOnboarding"] = "3" },
    });

    [Fact]
    public async Task FreshStart_PollsTheDemoTenantsWithoutAnyAction_AndHealthIsGreen()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var client = app.CreateClient();
        var simulated = app.EmbeddedSimulator.State.GetTenantSummaries();
        // The first simulated tenant is the MSP's own (it holds the reminders' sender mailbox), not a customer.
        var customers = simulated.Skip(1).ToList();
        var consented = customers.Where(s => s.Consented).Select(s => s.Id).ToList();

        await app.WaitUntilAsync("the demo tenants are onboarded and the consented ones polled", async (db, token) =>
            await db.Tenants.AnyAsync(token) && !await db.Tenants.AnyAsync(t => consented.Contains(t.Id) && t.LastPollOutcome != PollOutcome.Succeeded, token),
            TimeSpan.FromMinutes(3), cancellation);

        await using var scope = app.Services.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>().Tenants.AsNoTracking().ToListAsync(cancellation);
        Assert.Equal(customers.Take(customers.Count - 3).Select(s => s.Id).Order(), tenants.Select(t => t.Id).Order());
        Assert.All(tenants.Where(t => !consented.Contains(t.Id)), t => Assert.Equal(ConsentState.Missing, t.ConsentState));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(cancellation));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
        Assert.True(health.Headers.Contains("X-Correlation-ID"));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
