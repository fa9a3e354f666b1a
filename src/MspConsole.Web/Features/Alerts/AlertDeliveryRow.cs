using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <param name="Recipient">The e-mail address; null for the webhook.</param>
public sealed record AlertDeliveryRow(long Id, long AlertId, AlertKind Kind, string TenantName, string SubjectName, AlertEvent Event, DeliveryChannel Channel,
    string? Recipient, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt);
