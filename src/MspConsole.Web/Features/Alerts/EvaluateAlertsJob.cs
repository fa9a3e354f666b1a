using Hangfire;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// The recurring evaluation of every tenant, for what no poll reports: polls failing for hours (no poll may run at all),
/// reminder batches that finished with failures, rules switched on since the last poll. Also queues again any message
/// recorded but never tried (the process stopped between saving it and queueing it).
/// </summary>
public sealed class EvaluateAlertsJob(MspConsoleDbContext db, AlertEvaluator evaluator, IBackgroundJobClient jobs, TimeProvider time, ILogger<EvaluateAlertsJob> logger)
{
    public const string RecurringJobId = "evaluate-alerts";

    /// <summary>A message still untried after this long lost its job.</summary>
    public static readonly TimeSpan OrphanAfter = TimeSpan.FromMinutes(10);

    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Evaluate the alert rules")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await db.AlertRules.AnyAsync(cancellationToken) && !await db.Alerts.AnyAsync(alert => alert.ResolvedAt == null, cancellationToken))
        {
            return;
        }

        var tenants = await db.Tenants.AsNoTracking().Select(tenant => tenant.Id).ToListAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            await evaluator.EvaluateTenantAsync(tenantId, cancellationToken);
        }

        var before = time.GetUtcNow() - OrphanAfter;
        var untried = await db.AlertDeliveries.AsNoTracking()
            .Where(delivery => delivery.Status == DeliveryStatus.Pending && delivery.Attempts == 0 && delivery.CreatedAt < before)
            .Select(delivery => delivery.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in untried)
        {
            jobs.Enqueue<DeliverAlertJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        logger.LogInformation("Evaluated the alert rules of {TenantCount} tenants; queued {Untried} untried messages again", tenants.Count, untried.Count);
    }
}
