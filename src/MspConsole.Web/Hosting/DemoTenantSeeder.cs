using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Hosting;

/// <summary>On an empty embedded-default database, onboards the simulator's demo tenants and queues their first poll.</summary>
public sealed class DemoTenantSeeder(IServiceProvider services, SimulatorHost simulator, TimeProvider time, ILogger<DemoTenantSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var demoTenants = simulator.State.GetTenantSummaries();
        var languages = SupportedLanguage.All;
        var index = 0;
        foreach (var summary in demoTenants)
        {
            var tenant = new Tenant(summary.Id, summary.DisplayName, summary.DefaultDomain,
                index % 3 == 2 ? ContractOwner.CustomerIt : ContractOwner.Msp, languages[index % languages.Count], now);
            if (tenant.ContractOwner == ContractOwner.CustomerIt)
            {
                tenant.SetContract(ContractOwner.CustomerIt, $"your IT contact at {summary.DisplayName}");
            }

            db.Tenants.Add(tenant);
            index++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var polls = scope.ServiceProvider.GetService<IPollScheduler>();
        foreach (var summary in demoTenants)
        {
            polls?.PollTenantNow(summary.Id);
        }

        logger.LogInformation("Onboarded {TenantCount} demo tenants from the embedded simulator and queued their first poll", demoTenants.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
