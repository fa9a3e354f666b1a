using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Search;

/// <summary>Finds users across the caller's tenants by the start of their UPN or name (the UPN and DisplayName indexes).</summary>
public sealed class SearchQueries(MspConsoleDbContext db)
{
    public const int MinimumLength = 2;
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<SearchResult>> FindAsync(TenantScope scope, string query, CancellationToken cancellationToken)
    {
        var text = query.Trim();
        if (text.Length < MinimumLength)
        {
            return [];
        }

        var pattern = LikePattern.StartsWith(text);
        return await db.TenantUsers.AsNoTracking().InScope(scope)
            // An offboarded tenant keeps its history, but its users are no longer anyone the helpdesk looks up.
            .Where(user => user.RemovedAt == null && db.Tenants.Any(tenant => tenant.Id == user.TenantId && tenant.OffboardedAt == null)
                && (EF.Functions.Like(user.UserPrincipalName, pattern, LikePattern.Escape) || EF.Functions.Like(user.DisplayName, pattern, LikePattern.Escape)))
            .OrderBy(user => user.UserPrincipalName)
            .Take(MaxResults + 1)
            .Join(db.Tenants, user => user.TenantId, tenant => tenant.Id, (user, tenant) => new SearchResult(
                user.TenantId, tenant.DisplayName, user.ObjectId, user.UserPrincipalName, user.DisplayName, user.Status, user.IsAdmin,
                tenant.PollingPaused, tenant.OffboardedAt))
            .ToListAsync(cancellationToken);
    }
}

public sealed record SearchResult(
    Guid TenantId, string TenantName, string ObjectId, string UserPrincipalName, string DisplayName, MfaStatus Status, bool IsAdmin,
    bool TenantPollingPaused, DateTimeOffset? TenantOffboardedAt)
{
    public TenantStanding TenantState => Tenant.StandingOf(TenantOffboardedAt, TenantPollingPaused);

    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);
}
