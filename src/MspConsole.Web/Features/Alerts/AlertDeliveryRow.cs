using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

public sealed record AlertDeliveryRow(long Id, long AlertId, AlertKind Kind, string TenantName, string SubjectName, AlertEvent Event, DeliveryChannel Channel,
    string Target, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt);
