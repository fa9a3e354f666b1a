using MspConsole.Core.Audit;

namespace MspConsole.Web.Features.Audit;

public sealed record AuditLogRow(
    long Id, DateTimeOffset OccurredAt, string ActorUpn, string ActorRole, string Action, AuditOutcome Outcome, Guid? TenantId, string? TenantName,
    string? TargetUpn, string? Reason, string? TicketReference, string? Before, string? After, string? Error, string? CorrelationId,
    string? GraphRequestId, string? ClientIp);
