using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Admin;

/// <summary>The admin pages' reads. Admins see every tenant, offboarded ones on request.</summary>
public sealed class AdminQueries(MspConsoleDbContext db)
{
    public const int PageSize = 100;

    public async Task<(IReadOnlyList<AdminTenantRow> Rows, int Total)> ListAsync(string? q, bool offboarded, int page, CancellationToken cancellationToken)
    {
        var tenants = db.Tenants.AsNoTracking().Where(t => offboarded ? t.OffboardedAt != null : t.OffboardedAt == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Contains(q.Trim());
            tenants = tenants.Where(t => EF.Functions.Like(t.DisplayName, pattern, LikePattern.Escape) || EF.Functions.Like(t.DefaultDomain, pattern, LikePattern.Escape));
        }

        var total = await tenants.CountAsync(cancellationToken);
        var rows = await tenants.OrderBy(t => t.DisplayName).ThenBy(t => t.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Select(t => new AdminTenantRow(t.Id, t.DisplayName, t.DefaultDomain, t.ConsentState, t.PollingPaused, t.OffboardedAt,
                t.LastPollFinishedAt, t.LastPollOutcome, db.AccountManagerAssignments.Count(a => a.TenantId == t.Id)))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

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
        var users = await db.TenantFigures.AsNoTracking().Where(f => f.TenantId == tenantId).Select(f => f.Users + f.Disabled).SingleOrDefaultAsync(cancellationToken);
        return new AdminTenantDetails(tenant.Id, tenant.DisplayName, tenant.DefaultDomain, tenant.ContractOwner, tenant.CustomerItContact,
            tenant.Language, tenant.Tags, tenant.ConsentState, tenant.PollingPaused, tenant.OffboardedAt, tenant.CreatedAt,
            tenant.LastPollFinishedAt, tenant.LastPollOutcome, tenant.LastPollError, users, managers);
    }
}
