using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Alerts;

/// <summary>The alerts page's lists: every rule, the open alerts and the latest deliveries.</summary>
public sealed class AlertQueries(MspConsoleDbContext db)
{
    public const int DeliveriesShown = 100;
    public const int OpenAlertsShown = 200;

    public async Task<AlertsViewModel> PageAsync(AlertRuleInput input, IReadOnlyList<string> problems, string? newSecret, string? message, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().Where(tenant => tenant.OffboardedAt == null).OrderBy(tenant => tenant.DisplayName)
            .Select(tenant => new AlertTenantChoice(tenant.Id, tenant.DisplayName)).ToListAsync(cancellationToken);
        var names = await db.Tenants.AsNoTracking().ToDictionaryAsync(tenant => tenant.Id, tenant => tenant.DisplayName, cancellationToken);
        string NameOf(Guid id) => names.GetValueOrDefault(id, id.ToString("D"));

        var rules = (await db.AlertRules.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(rule => rule.Kind).ThenBy(rule => rule.TenantId is null ? "" : NameOf(rule.TenantId.Value), StringComparer.CurrentCulture)
            .Select(rule => new AlertRuleRow(rule.Id, rule.Kind, rule.TenantId is { } id ? NameOf(id) : null, rule.Threshold, string.Join(", ", rule.RecipientList),
                rule.WebhookFormat, Uri.TryCreate(rule.WebhookUrl, UriKind.Absolute, out var url) ? url.Authority : null, rule.Language, rule.Enabled, rule.CreatedBy, rule.UpdatedAt))
            .ToList();
        var open = (await db.Alerts.AsNoTracking().Where(alert => alert.ResolvedAt == null).OrderByDescending(alert => alert.Id).Take(OpenAlertsShown)
                .ToListAsync(cancellationToken))
            .Select(alert => new OpenAlertRow(alert.Id, alert.Kind, alert.TenantId, NameOf(alert.TenantId), alert.SubjectName, alert.OpenedAt))
            .ToList();
        var deliveries = (await db.AlertDeliveries.AsNoTracking()
                .Join(db.Alerts, delivery => delivery.AlertId, alert => alert.Id, (delivery, alert) => new { delivery, alert.Kind, alert.TenantId, alert.SubjectName })
                .OrderByDescending(row => row.delivery.Id).Take(DeliveriesShown)
                .ToListAsync(cancellationToken))
            .Select(row => new AlertDeliveryRow(row.delivery.Id, row.delivery.AlertId, row.Kind, NameOf(row.TenantId), row.SubjectName, row.delivery.Event,
                row.delivery.Channel, row.delivery.Channel == DeliveryChannel.Email ? row.delivery.Target : null, row.delivery.Status, row.delivery.Attempts, row.delivery.LastError, row.delivery.CreatedAt, row.delivery.LastAttemptAt))
            .ToList();
        return new AlertsViewModel(rules, open, deliveries, tenants, input, problems, newSecret, message);
    }
}
