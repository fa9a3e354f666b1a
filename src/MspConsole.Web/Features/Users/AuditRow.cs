using MspConsole.Core.Audit;

namespace MspConsole.Web.Features.Users;

public sealed record AuditRow(DateTimeOffset OccurredAt, string ActorUpn, string ActorRole, string Action, AuditOutcome Outcome, string? Reason, string? TicketReference, string? Error);
