using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>The "new rule" form: no tenant means every tenant; recipients are separated by commas, semicolons or new lines.</summary>
public sealed record AlertRuleInput
{
    public AlertKind? Kind { get; init; }

    public Guid? TenantId { get; init; }

    public int? Threshold { get; init; }

    public string? EmailRecipients { get; init; }

    public WebhookFormat Webhook { get; init; }

    public string? WebhookUrl { get; init; }

    public string? Language { get; init; }
}
