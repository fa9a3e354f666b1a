using MspConsole.Core.Actions;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

public sealed record ApprovalRow(
    Guid Id, Guid TenantId, string TenantName, string TargetUserObjectId, string TargetUpn, HelpdeskAction Action, string Parameters,
    string Reason, string? TicketReference, string? CallerVerification, string RequestedByObjectId, string RequestedByUpn,
    DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt, ActionRequestStatus Status, string? DecidedByUpn, DateTimeOffset? DecidedAt)
{
    /// <summary>The request's details (lifetime and usable-once of a pass, which method or phone), as the requester chose them.</summary>
    public ActionParameters Details => ApprovalService.ParametersOf(Parameters);

    public bool IsBy(string objectId) => string.Equals(RequestedByObjectId, objectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Until when the requester can issue this approved pass; null when it is not an approved pass.</summary>
    public DateTimeOffset? IssueBefore(TimeSpan window) =>
        Action == HelpdeskAction.TemporaryAccessPass && Status == ActionRequestStatus.Approved && DecidedAt is { } approvedAt ? approvedAt + window : null;
}
