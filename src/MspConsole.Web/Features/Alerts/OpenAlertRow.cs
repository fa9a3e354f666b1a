using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

public sealed record OpenAlertRow(long Id, AlertKind Kind, Guid TenantId, string TenantName, string SubjectName, DateTimeOffset OpenedAt);
