using MspConsole.Core.Tenants;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Figures;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

/// <summary>The tenant page's headline, methods, trend and polling; null when the tenant is unknown or outside the scope.</summary>
public sealed class TenantQueries(MspConsoleDbContext db, TimeProvider time)
{
    public const int TrendDays = 180;

    public async Task<TenantHeader?> HeaderAsync(TenantScope scope, Guid tenantId, CancellationToken cancellationToken)
    {
        if (!scope.Includes(tenantId))
        {
            return null;
        }

        var tenant = await db.Tenants.AsNoTracking().InScope(scope).Where(tenant => tenant.Id == tenantId)
            .Select(tenant => new
            {
                tenant.Id, tenant.DisplayName, tenant.DefaultDomain, tenant.Tags, tenant.ContractOwner, tenant.Language, tenant.ConsentState,
                tenant.DataSource, tenant.SecurityDefaultsEnabled, tenant.ConditionalAccessMfaPolicies, tenant.LastPollFinishedAt,
                tenant.LastSuccessfulPollAt, tenant.LastPollOutcome, tenant.LastPollError, tenant.OffboardedAt, tenant.PollingPaused,
            })
            .SingleOrDefaultAsync(cancellationToken);
        return tenant is null ? null : new TenantHeader(
            tenant.Id, tenant.DisplayName, tenant.DefaultDomain, tenant.Tags.Length == 0 ? [] : tenant.Tags.Split(','), tenant.ContractOwner,
            tenant.Language, tenant.ConsentState, tenant.DataSource,
            TenantHealth.EnforcementOf(tenant.SecurityDefaultsEnabled, tenant.ConditionalAccessMfaPolicies), tenant.ConditionalAccessMfaPolicies,
            tenant.LastPollFinishedAt, tenant.LastSuccessfulPollAt,
            TenantHealth.PollHealthOf(tenant.LastPollOutcome, tenant.LastSuccessfulPollAt, tenant.ConsentState, time.GetUtcNow()),
            tenant.LastPollError, Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused));
    }

    /// <summary>Users per method, from the tenant's stored method figures (keyed as <see cref="UserContribution.MethodKey"/>).</summary>
    public async Task<List<MethodUsage>> MethodsAsync(TenantScope scope, Guid tenantId, CancellationToken cancellationToken)
    {
        var stored = scope.Includes(tenantId)
            ? await db.TenantMethodFigures.AsNoTracking().Where(figure => figure.TenantId == tenantId && figure.Users > 0)
                .Select(figure => new { figure.Method, figure.Users }).ToListAsync(cancellationToken)
            : [];
        var usage = new Dictionary<string, (int Users, bool CountsForMfa)>(StringComparer.Ordinal);
        foreach (var figure in stored)
        {
            var name = MethodNames.ChartGroup(figure.Method);
            var current = usage.GetValueOrDefault(name);
            usage[name] = (current.Users + figure.Users, current.CountsForMfa || MethodNames.CountsForMfa(figure.Method));
        }

        string[] guideOrder = [MethodNames.Authenticator, MethodNames.MobilePhone, MethodNames.Email, MethodNames.OfficePhone];
        var guide = guideOrder.Select(name => new MethodUsage(name, usage.GetValueOrDefault(name).Users, name != MethodNames.Email));
        var others = usage.Where(pair => !guideOrder.Contains(pair.Key))
            .OrderByDescending(pair => pair.Value.Users)
            .Select(pair => new MethodUsage(pair.Key, pair.Value.Users, pair.Value.CountsForMfa));
        return [.. guide, .. others];
    }

    public async Task<List<TrendPoint>> TrendAsync(TenantScope scope, Guid tenantId, CancellationToken cancellationToken)
    {
        if (!scope.Includes(tenantId))
        {
            return [];
        }

        var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-TrendDays);
        return await db.TenantSnapshots.AsNoTracking()
            .Where(snapshot => snapshot.TenantId == tenantId && snapshot.Day >= since)
            .OrderBy(snapshot => snapshot.Day)
            .Select(snapshot => new TrendPoint(snapshot.Day, snapshot.TotalUsers, snapshot.NotRegistered, snapshot.SingleMethod, snapshot.Resilient, snapshot.Excluded, snapshot.AdminsWithoutMfa))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<PollRunRow>> RecentPollRunsAsync(TenantScope scope, Guid tenantId, int count, CancellationToken cancellationToken)
    {
        if (!scope.Includes(tenantId))
        {
            return [];
        }

        return await db.PollRuns.AsNoTracking()
            .Where(run => run.TenantId == tenantId)
            .OrderByDescending(run => run.StartedAt)
            .Take(count)
            .Select(run => new PollRunRow(run.StartedAt, run.FinishedAt, run.Trigger, run.Outcome, run.DataSource, run.Users, run.Pages, run.ThrottledRetries, run.Error))
            .ToListAsync(cancellationToken);
    }
}
