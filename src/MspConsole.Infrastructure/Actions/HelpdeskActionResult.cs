using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using TemporaryAccessPass = MspConsole.Core.Graph.TemporaryAccessPass;

namespace MspConsole.Infrastructure.Actions;

/// <summary>
/// What came of an action. <see cref="Pass"/> is the freshly issued Temporary Access Pass: the caller shows it once in
/// the response and drops it; it is in no audit entry, log line or receipt.
/// </summary>
public sealed record HelpdeskActionResult(
    HelpdeskAction Action,
    AuditOutcome Outcome,
    long AuditEntryId,
    string? GraphRequestId,
    ActionFailure? Failure = null,
    TemporaryAccessPass? Pass = null,
    Guid? ApprovalRequestId = null,
    bool StateRefreshed = false)
{
    public bool Succeeded => Outcome is AuditOutcome.Succeeded;

    public bool AwaitsApproval => Outcome is AuditOutcome.Requested;

    /// <summary>A line for the idempotency receipt (never the pass).</summary>
    public string Summary => ApprovalRequestId is { } id
        ? $"{Outcome} {Action}: approval request {id}"
        : $"{Outcome} {Action}; Graph request id {GraphRequestId ?? "—"}{(Failure is null ? "" : $"; {Failure.Reason}")}";
}
