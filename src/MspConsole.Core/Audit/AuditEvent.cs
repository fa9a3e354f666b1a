namespace MspConsole.Core.Audit;

/// <summary>What happened, by whom, to whom: the content of one audit entry before it is chained.</summary>
public sealed record AuditEvent(
    DateTimeOffset OccurredAt,
    string ActorObjectId,
    string ActorUpn,
    string ActorRole,
    string Action,
    AuditOutcome Outcome,
    Guid? TenantId = null,
    string? TargetUserObjectId = null,
    string? TargetUpn = null,
    string? Reason = null,
    string? TicketReference = null,
    string? CallerVerification = null,
    string? Before = null,
    string? After = null,
    string? Error = null,
    string? CorrelationId = null,
    string? GraphRequestId = null,
    string? ClientIp = null);
