using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Graph;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Hosting;

/// <summary>
/// Demo only (Simulator:SeedDemoTenants): on an empty database, onboards the tenants of the Graph simulator that
/// Graph:GraphBaseUrl points at (embedded or standalone), read from its control API, and queues their first poll. The last
/// Simulator:LeaveForOnboarding of them are left out, so a newcomer can onboard them by domain or by CSV import.
/// </summary>
public sealed class DemoTenantSeeder(
    IServiceProvider services,
    IConfiguration configuration,
    IHttpClientFactory httpClients,
    IOptions<GraphOptions> graph,
    TimeProvider time,
    ILogger<DemoTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }

        var client = httpClients.CreateClient(nameof(DemoTenantSeeder));
        var url = new Uri($"{graph.Value.GraphBaseUrl.TrimEnd('/')}/_simulator/tenants");
        var simulated = await client.GetFromJsonAsync<List<DemoTenant>>(url, cancellationToken) ?? [];
        // The MSP's own tenant (it holds the reminders' sender mailbox) is not a customer.
        var customers = simulated.Where(demo => demo.Id != configuration.GetValue<Guid?>("Reminders:SenderTenantId")).ToList();
        var leaveOut = Math.Clamp(configuration.GetValue<int>("Simulator:LeaveForOnboarding"), 0, customers.Count);
        var demoTenants = customers[..^leaveOut];
        var now = time.GetUtcNow();
        for (var index = 0; index < demoTenants.Count; index++)
        {
            var demo = demoTenants[index];
            var tenant = new Tenant(demo.Id, demo.DisplayName, demo.DefaultDomain, ContractOwner.Msp, SupportedLanguage.All[index % SupportedLanguage.All.Count], now);
            if (index % 3 == 2)
            {
                tenant.SetContract(ContractOwner.CustomerIt,
                    $"nl: de IT-verantwoordelijke van {demo.DisplayName} | fr: le responsable IT de {demo.DisplayName} | en: the IT contact of {demo.DisplayName}");
            }

            db.Tenants.Add(tenant);
        }

        await db.SaveChangesAsync(cancellationToken);
        var polls = scope.ServiceProvider.GetRequiredService<IPollScheduler>();
        foreach (var demo in demoTenants)
        {
            polls.PollTenantNow(demo.Id);
        }

        logger.LogInformation("Onboarded {TenantCount} demo tenants from the Graph simulator at {SimulatorUrl} and queued their first poll; left for onboarding: {LeftOut}",
            demoTenants.Count, url, string.Join(", ", customers[^leaveOut..].Select(demo => demo.DefaultDomain)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record DemoTenant(Guid Id, string DefaultDomain, string DisplayName);
}
