namespace MspConsole.Web.Features.Api;

/// <summary>An audit entry with its chain fields (<see cref="PreviousHash"/>, <see cref="Hash"/>), so a client can check the chain.</summary>
public sealed record ApiAuditEntry(long Id, DateTimeOffset OccurredAt, string ActorObjectId, string ActorUpn, string ActorRole, string Action, string Outcome,
    Guid? TenantId, string? TargetUserObjectId, string? TargetUpn, string? Reason, string? TicketReference, string? Before, string? After, string? Error,
    string? CorrelationId, string? GraphRequestId, string PreviousHash, string Hash);
