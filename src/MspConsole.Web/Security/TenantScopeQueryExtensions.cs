using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Security;

/// <summary>Applies a <see cref="TenantScope"/> to the queries that read tenant data.</summary>
public static class TenantScopeQueryExtensions
{
    public static IQueryable<Tenant> InScope(this IQueryable<Tenant> tenants, TenantScope scope) =>
        scope.IsAll ? tenants : tenants.Where(tenant => scope.TenantIds.Contains(tenant.Id));

    public static IQueryable<TenantUser> InScope(this IQueryable<TenantUser> users, TenantScope scope) =>
        scope.IsAll ? users : users.Where(user => scope.TenantIds.Contains(user.TenantId));
}
