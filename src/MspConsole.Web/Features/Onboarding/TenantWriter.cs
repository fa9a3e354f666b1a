using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.TenantSettings;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Writes checked tenants. New ones go in one transaction: the tenants, their account-manager assignments, one audit
/// entry per tenant (so each tenant's history starts with who onboarded it, from where) and, when given, the summary
/// entry of the whole import. All or nothing: when someone else adds one of the tenants meanwhile, nothing new is
/// written (DbUpdateException). Saved in batches within the transaction; the first poll of each tenant is queued once
/// everything is committed. An offboarded tenant among them is brought back instead (its own audited reactivation).
/// </summary>
public sealed class TenantWriter(
    MspConsoleDbContext db,
    AdminAudit audit,
    IPollScheduler polls,
    TenantReactivation reactivation,
    TimeProvider time,
    IOptions<OnboardingOptions> options,
    ILogger<TenantWriter> logger)
{
    public async Task<int> AddAsync(IReadOnlyList<OnboardingCandidate> candidates, string source, CancellationToken cancellationToken, AdminChange? summary = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var added = 0;
        foreach (var candidate in candidates.Where(candidate => candidate.Reactivates))
        {
            added += await reactivation.ReactivateAsync(candidate.TenantId, source, cancellationToken) is null ? 0 : 1;
        }

        var newTenants = candidates.Where(candidate => !candidate.Reactivates).ToList();
        await db.InTransactionAsync(async ct =>
        {
            foreach (var batch in newTenants.Chunk(options.Value.ImportBatchSize))
            {
                await AddBatchAsync(batch, source, ct);
                db.ChangeTracker.Clear();
            }

            if (summary is not null)
            {
                await audit.AppendAsync(summary, ct);
            }
        }, cancellationToken);
        foreach (var candidate in newTenants)
        {
            polls.PollTenantNow(candidate.TenantId);
        }

        logger.LogInformation("Onboarded {TenantCount} tenants from {Source}; first polls queued", newTenants.Count, source);
        return added + newTenants.Count;
    }

    private async Task AddBatchAsync(OnboardingCandidate[] batch, string source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenants = batch.Select(candidate => TenantOnboarding.ToTenant(candidate, now)).ToList();
        db.Tenants.AddRange(tenants);
        db.AccountManagerAssignments.AddRange(batch.SelectMany(candidate => candidate.Managers.Select(manager =>
            new AccountManagerAssignment(candidate.TenantId, manager.ObjectId, manager.Upn, now))));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (tenant, candidate) in tenants.Zip(batch))
        {
            await audit.AppendAsync(new AdminChange(OnboardingAuditActions.TenantOnboarded, tenant.Id, null, new
            {
                Tenant = TenantAuditView.From(tenant),
                AccountManagers = candidate.Managers.Select(m => m.Upn).ToArray(),
                Source = source,
            }), cancellationToken);
        }
    }
}
