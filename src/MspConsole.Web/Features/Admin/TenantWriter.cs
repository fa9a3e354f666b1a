using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Admin;

/// <summary>
/// Writes checked tenants: per batch one transaction holding the tenants, their account-manager assignments and one
/// audit entry per tenant (so each tenant's history starts with who onboarded it, from where). The first poll of
/// each tenant is queued once its batch is committed. An offboarded tenant among them is brought back instead.
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
    public async Task<int> AddAsync(IReadOnlyList<OnboardingCandidate> candidates, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var added = 0;
        foreach (var candidate in candidates.Where(candidate => candidate.Reactivates))
        {
            added += await reactivation.ReactivateAsync(candidate.TenantId, source, cancellationToken) is null ? 0 : 1;
        }

        foreach (var batch in candidates.Where(candidate => !candidate.Reactivates).Chunk(options.Value.ImportBatchSize))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = time.GetUtcNow();
                var tenants = batch.Select(candidate => TenantOnboarding.ToTenant(candidate, now)).ToList();
                db.Tenants.AddRange(tenants);
                db.AccountManagerAssignments.AddRange(batch.SelectMany(candidate => candidate.Managers.Select(manager =>
                    new AccountManagerAssignment(candidate.TenantId, manager.ObjectId, manager.Upn, now))));
                await db.SaveChangesAsync(ct);
                foreach (var (tenant, candidate) in tenants.Zip(batch))
                {
                    await audit.AppendAsync(new AdminChange(OnboardingAuditActions.TenantOnboarded, tenant.Id, null, new
                    {
                        Tenant = TenantAuditView.From(tenant),
                        AccountManagers = candidate.Managers.Select(m => m.Upn).ToArray(),
                        Source = source,
                    }), ct);
                }

                await transaction.CommitAsync(ct);
            }, cancellationToken);
            db.ChangeTracker.Clear();
            added += batch.Length;
            foreach (var candidate in batch)
            {
                polls.PollTenantNow(candidate.TenantId);
            }

            logger.LogInformation("Onboarded {TenantCount} tenants from {Source}; first polls queued", batch.Length, source);
        }

        return added;
    }
}
