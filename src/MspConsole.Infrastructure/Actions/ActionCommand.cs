using MspConsole.Core.Actions;
using MspConsole.Core.Audit;

namespace MspConsole.Infrastructure.Actions;

/// <summary>One action on one user as the engineer confirmed it.</summary>
public sealed record ActionCommand(
    Guid TenantId,
    string UserObjectId,
    HelpdeskAction Action,
    ActionParameters Parameters,
    string Reason,
    string? TicketReference,
    string? CallerVerification)
{
    /// <summary>The audit entry of this action by <paramref name="actor"/>: the user acted on, the engineer's reason, ticket and how the caller was verified.</summary>
    public AuditEvent AuditEvent(AuditActor actor, DateTimeOffset occurredAt, AuditOutcome outcome, string? targetUpn) =>
        Core.Audit.AuditEvent.ForUser(actor, occurredAt, Action.ToString(), outcome, TenantId, UserObjectId, targetUpn) with
        {
            Reason = Reason,
            TicketReference = TicketReference,
            CallerVerification = CallerVerification,
        };
}
