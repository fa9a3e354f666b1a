using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Security;

/// <summary>Works out a caller's <see cref="TenantScope"/>: Helpdesk and Admin see all, an account manager their assignments.</summary>
public sealed class TenantScopeResolver(MspConsoleDbContext db)
{
    public async Task<TenantScope> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Helpdesk))
        {
            return TenantScope.All;
        }

        var objectId = user.GetObjectId();
        if (!user.IsInRole(Roles.AccountManager) || string.IsNullOrEmpty(objectId))
        {
            return TenantScope.None;
        }

        var tenantIds = await db.AccountManagerAssignments.AsNoTracking()
            .Where(assignment => assignment.AccountManagerObjectId == objectId)
            .Select(assignment => assignment.TenantId)
            .ToListAsync(cancellationToken);
        return TenantScope.Only(tenantIds);
    }
}
