using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <param name="TenantName">Null for a rule on every tenant.</param>
/// <param name="WebhookHost">Only the host: the address of a Teams workflow carries its own signature.</param>
public sealed record AlertRuleRow(Guid Id, AlertKind Kind, string? TenantName, int? Threshold, string Recipients, WebhookFormat Webhook, string? WebhookHost,
    string Language, bool Enabled, string CreatedBy, DateTimeOffset UpdatedAt);
