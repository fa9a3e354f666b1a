namespace MspConsole.Web.Features.Alerts;

/// <param name="NewSecret">A new signed webhook's secret, shown in the answer to its creation only.</param>
public sealed record AlertsViewModel(
    IReadOnlyList<AlertRuleRow> Rules,
    IReadOnlyList<OpenAlertRow> OpenAlerts,
    IReadOnlyList<AlertDeliveryRow> Deliveries,
    IReadOnlyList<AlertTenantChoice> Tenants,
    AlertRuleInput Input,
    IReadOnlyList<string> Problems,
    string? NewSecret,
    string? Message);
