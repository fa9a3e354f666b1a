using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Api;

/// <summary>The tenants an API key sees: all, or those assigned to its account manager now (so unassigning takes effect at once).</summary>
public static class ApiScope
{
    public static async Task<TenantScope> ResolveAsync(ClaimsPrincipal key, MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        if (key.FindFirst(ApiKeyClaims.KeyId) is null)
        {
            return TenantScope.None;
        }

        if (key.FindFirst(ApiKeyClaims.AccountManager)?.Value is not { } manager)
        {
            return TenantScope.All;
        }

        var tenantIds = await db.AccountManagerAssignments.AsNoTracking()
            .Where(assignment => assignment.AccountManagerObjectId == manager)
            .Select(assignment => assignment.TenantId)
            .ToListAsync(cancellationToken);
        return TenantScope.Only(tenantIds);
    }
}
