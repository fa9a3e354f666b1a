using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>One tenant's admin page read. Admins see every tenant, offboarded ones too.</summary>
public sealed class TenantDetailsQueries(MspConsoleDbContext db)
{
    public async Task<AdminTenantDetails?> DetailsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        var managers = await db.AccountManagerAssignments.AsNoTracking().Where(a => a.TenantId == tenantId)
            .OrderBy(a => a.AccountManagerUpn)
            .Select(a => new KnownAccountManager(a.AccountManagerObjectId, a.AccountManagerUpn))
            .ToListAsync(cancellationToken);
        var users = await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(tenant => tenant.Users + tenant.Disabled).SingleOrDefaultAsync(cancellationToken);
        return new AdminTenantDetails(tenant.Id, tenant.DisplayName, tenant.DefaultDomain, tenant.ContractOwner, tenant.CustomerItContact,
            tenant.Language, tenant.Tags, tenant.ConsentState, tenant.PollingPaused, tenant.OffboardedAt, tenant.CreatedAt,
            tenant.LastPollFinishedAt, tenant.LastPollOutcome, tenant.LastPollError, users, managers);
    }
}
