using Hangfire;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// Brings a tenant's alerts in line with its rules: a condition without an open alert opens one and records its "fired"
/// messages; an open alert whose condition cleared is resolved with its "resolved" messages. Alerts of rules switched off,
/// deleted or silenced for the tenant, and of paused or offboarded tenants, are resolved quietly. Each change is one
/// transaction; the database's unique open key and a conditional update make a racing evaluation a no-op.
/// </summary>
public sealed class AlertEvaluator(
    MspConsoleDbContext db,
    AlertConditions conditions,
    IBackgroundJobClient jobs,
    TimeProvider time,
    ILogger<AlertEvaluator> logger)
{
    public async Task EvaluateTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return;
        }

        var rules = await db.AlertRules.AsNoTracking().Where(rule => rule.TenantId == null || rule.TenantId == tenantId).ToListAsync(cancellationToken);
        var open = await db.Alerts.AsNoTracking().Where(alert => alert.TenantId == tenantId && alert.ResolvedAt == null).ToListAsync(cancellationToken);
        var silenced = rules.Where(rule => rule.TenantId == tenantId && !rule.Enabled).Select(rule => rule.Kind).ToHashSet();
        var watched = tenant.OffboardedAt is null && !tenant.PollingPaused;
        var read = new Dictionary<(AlertKind, int?), IReadOnlyList<AlertCondition>>();

        foreach (var rule in rules)
        {
            var active = watched && rule.Enabled && !(rule.TenantId is null && silenced.Contains(rule.Kind));
            if (active && !read.ContainsKey((rule.Kind, rule.Threshold)))
            {
                read[(rule.Kind, rule.Threshold)] = await conditions.ReadAsync(tenant, rule.Kind, rule.Threshold, cancellationToken);
            }

            var current = active ? read[(rule.Kind, rule.Threshold)] : [];
            var ruleOpen = open.Where(alert => alert.RuleId == rule.Id).ToList();
            foreach (var cleared in ruleOpen.Where(alert => current.All(condition => condition.Subject != alert.Subject)))
            {
                await ResolveAsync(cleared, active ? rule : null, cancellationToken);
            }

            foreach (var condition in current.Where(condition => ruleOpen.All(alert => alert.Subject != condition.Subject)))
            {
                await FireAsync(rule, tenant, condition, cancellationToken);
            }
        }

        foreach (var orphan in open.Where(alert => rules.All(rule => rule.Id != alert.RuleId)))
        {
            await ResolveAsync(orphan, null, cancellationToken);
        }
    }

    /// <summary>Resolves every open alert of a rule without a message: the rule was switched off or deleted.</summary>
    public Task<int> ResolveQuietlyAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Alerts.Where(alert => alert.RuleId == ruleId && alert.ResolvedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(alert => alert.ResolvedAt, now)
            .SetProperty(alert => alert.ResolvedQuietly, true)
            .SetProperty(alert => alert.OpenKey, (string?)null), cancellationToken);
    }

    private async Task FireAsync(AlertRule rule, Tenant tenant, AlertCondition condition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        long alertId = 0;
        List<AlertDelivery> deliveries = [];
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                var alert = new Alert(rule, tenant.Id, condition, now);
                db.Alerts.Add(alert);
                await db.SaveChangesAsync(ct);
                alertId = alert.Id;
                deliveries = [.. DeliveriesOf(alert.Id, rule, AlertEvent.Fired, now)];
                db.AlertDeliveries.AddRange(deliveries);
                await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await IsOpenAsync(Alert.KeyOf(rule.Id, tenant.Id, condition.Subject), cancellationToken))
            {
                throw;
            }

            // Another evaluation (a concurrent poll, the recurring run) opened this very alert first: it sends the messages.
            logger.LogInformation("Alert {Kind} {Subject} of {TenantId} was opened meanwhile by another evaluation", rule.Kind, condition.Subject, tenant.Id);
            return;
        }

        logger.LogInformation("Alert {AlertId} fired: {Kind} {Subject} of {TenantId}, {Messages} messages", alertId, rule.Kind, condition.Subject, tenant.Id, deliveries.Count);
        Enqueue(deliveries);
    }

    /// <param name="rule">Null to resolve without a message.</param>
    private async Task ResolveAsync(Alert alert, AlertRule? rule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<AlertDelivery> deliveries = [];
        await db.InTransactionAsync(async ct =>
        {
            var won = await db.Alerts.Where(candidate => candidate.Id == alert.Id && candidate.ResolvedAt == null).ExecuteUpdateAsync(set => set
                .SetProperty(candidate => candidate.ResolvedAt, now)
                .SetProperty(candidate => candidate.ResolvedQuietly, rule == null)
                .SetProperty(candidate => candidate.OpenKey, (string?)null), ct);
            deliveries = won == 1 && rule is not null ? [.. DeliveriesOf(alert.Id, rule, AlertEvent.Resolved, now)] : [];
            db.AlertDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        logger.LogInformation("Alert {AlertId} resolved ({Messages} messages)", alert.Id, deliveries.Count);
        Enqueue(deliveries);
    }

    private static IEnumerable<AlertDelivery> DeliveriesOf(long alertId, AlertRule rule, AlertEvent alertEvent, DateTimeOffset now)
    {
        foreach (var recipient in rule.RecipientList)
        {
            yield return new AlertDelivery(alertId, rule.Id, alertEvent, DeliveryChannel.Email, recipient, now);
        }

        if (rule.WebhookFormat != WebhookFormat.None)
        {
            yield return new AlertDelivery(alertId, rule.Id, alertEvent, DeliveryChannel.Webhook, AlertDelivery.WebhookTarget, now);
        }
    }

    private void Enqueue(IEnumerable<AlertDelivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            var id = delivery.Id;
            jobs.Enqueue<DeliverAlertJob>(job => job.RunAsync(id, CancellationToken.None));
        }
    }

    private Task<bool> IsOpenAsync(string openKey, CancellationToken cancellationToken) =>
        db.Alerts.AsNoTracking().AnyAsync(alert => alert.OpenKey == openKey, cancellationToken);
}
