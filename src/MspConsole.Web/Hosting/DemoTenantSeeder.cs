using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator.Control;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Hosting;

/// <summary>
/// Demo only (Simulator:SeedDemoTenants): on an empty database, onboards the tenants of the Graph simulator that
/// Graph:GraphBaseUrl points at (embedded or standalone), read from its control API, and queues their first poll. The last
/// Simulator:LeaveForOnboarding of them are left out, so a newcomer can onboard them by domain or by CSV import.
/// </summary>
public sealed class DemoTenantSeeder(
    IServiceProvider services,
    IOptions<SimulatorSettings> settings,
    IOptions<ReminderOptions> reminders,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.SeedDemoTenants)
        {
            return;
        }

        DevelopmentOnly.Ensure(environment, "Simulator:SeedDemoTenants", "Demo tenants are for development and demos only.");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }

        var simulated = await scope.ServiceProvider.GetRequiredService<SimulatorControlClient>().TenantsAsync(cancellationToken);
        // The MSP's own tenant (it holds the reminders' sender mailbox) is not a customer.
        var customers = simulated.Where(demo => demo.Id != reminders.Value.SenderTenantId).ToList();
        var leaveOut = Math.Clamp(settings.Value.LeaveForOnboarding, 0, customers.Count);
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

        logger.LogInformation("Onboarded {TenantCount} demo tenants from the Graph simulator and queued their first poll; left for onboarding: {LeftOut}",
            demoTenants.Count, string.Join(", ", customers[^leaveOut..].Select(demo => demo.DefaultDomain)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
