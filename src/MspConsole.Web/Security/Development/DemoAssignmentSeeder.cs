using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Security.Development;

/// <summary>
/// Development only: when the database has tenants but nobody is assigned to any, gives the two
/// account-manager personas alternate tenants so their scoped views have something to show.
/// Registered after the migrator, so it runs on a migrated database.
/// </summary>
public sealed class DemoAssignmentSeeder(IServiceProvider services, TimeProvider time, ILogger<DemoAssignmentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
        if (await db.AccountManagerAssignments.AnyAsync(cancellationToken))
        {
            return;
        }

        var tenantIds = await db.Tenants.AsNoTracking().OrderBy(tenant => tenant.DisplayName).Select(tenant => tenant.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        DevelopmentPersona[] managers = [DevelopmentPersonas.AccountManagerNorth, DevelopmentPersonas.AccountManagerSouth];
        db.AccountManagerAssignments.AddRange(tenantIds.Select((tenantId, index) =>
        {
            var manager = managers[index % managers.Length];
            return new AccountManagerAssignment(tenantId, manager.ObjectId, manager.UserPrincipalName, now);
        }));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Assigned {TenantCount} demo tenants to the development account managers", tenantIds.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
