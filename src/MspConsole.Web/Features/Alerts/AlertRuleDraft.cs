using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>A rule form that passed validation.</summary>
public sealed record AlertRuleDraft(AlertKind Kind, Guid? TenantId, int? Threshold, IReadOnlyList<string> Recipients, WebhookFormat Webhook, string? WebhookUrl, string Language);
