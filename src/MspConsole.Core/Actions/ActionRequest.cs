namespace MspConsole.Core.Actions;

/// <summary>
/// A high-risk action waiting for a second person (four eyes). The requester can never approve it; it expires
/// unless decided in time. It holds no secret: a Temporary Access Pass is only created when it is approved.
/// </summary>
public sealed class ActionRequest
{
    public const int TextMaxLength = 1000;
    public const int ShortTextMaxLength = 256;
    public const int ParametersMaxLength = 1000;

    private ActionRequest()
    {
    }

    public ActionRequest(Guid tenantId, string targetUserObjectId, string targetUpn, HelpdeskAction action, string parameters,
        string reason, string? ticketReference, string? callerVerification, string requestedByObjectId, string requestedByUpn,
        string requestedByRole, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetUserObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedByObjectId);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A request must live for some time.");
        }

        Id = Guid.NewGuid();
        TenantId = tenantId;
        TargetUserObjectId = targetUserObjectId;
        TargetUpn = targetUpn;
        Action = action;
        Parameters = parameters;
        Reason = reason.Trim();
        TicketReference = string.IsNullOrWhiteSpace(ticketReference) ? null : ticketReference.Trim();
        CallerVerification = callerVerification;
        RequestedByObjectId = requestedByObjectId;
        RequestedByUpn = requestedByUpn;
        RequestedByRole = requestedByRole;
        RequestedAt = now;
        ExpiresAt = now + lifetime;
        Status = ActionRequestStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string TargetUserObjectId { get; private set; } = "";

    public string TargetUpn { get; private set; } = "";

    public HelpdeskAction Action { get; private set; }

    /// <summary><see cref="ActionParameters"/> as JSON.</summary>
    public string Parameters { get; private set; } = "{}";

    public string Reason { get; private set; } = "";

    public string? TicketReference { get; private set; }

    public string? CallerVerification { get; private set; }

    public string RequestedByObjectId { get; private set; } = "";

    public string RequestedByUpn { get; private set; } = "";

    public string RequestedByRole { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public ActionRequestStatus Status { get; private set; }

    public string? DecidedByObjectId { get; private set; }

    public string? DecidedByUpn { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Concurrency token: two approvers clicking at once, only one carries the action out.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool IsPending => Status == ActionRequestStatus.Pending;

    public bool IsDue(DateTimeOffset now) => IsPending && now >= ExpiresAt;

    /// <summary>Why <paramref name="approverObjectId"/> may not decide this request now, or null when they may.</summary>
    public ActionRequestRefusal? CannotBeDecidedBy(string approverObjectId, DateTimeOffset now)
    {
        if (!IsPending)
        {
            return ActionRequestRefusal.AlreadyDecided;
        }

        if (now >= ExpiresAt)
        {
            return ActionRequestRefusal.Expired;
        }

        return string.Equals(approverObjectId, RequestedByObjectId, StringComparison.OrdinalIgnoreCase)
            ? ActionRequestRefusal.OwnRequest
            : null;
    }

    /// <summary>An approved Temporary Access Pass is issued by its requester, who has the caller on the line, and only
    /// shortly after approval: the pass is created in Graph at that moment and shown to them once.</summary>
    public bool IsIssuable => Action == HelpdeskAction.TemporaryAccessPass && Status == ActionRequestStatus.Approved;

    /// <summary>When the requester can no longer issue the approved pass.</summary>
    public DateTimeOffset? IssueBefore(TimeSpan issueWindow) => IsIssuable && DecidedAt is { } approvedAt ? approvedAt + issueWindow : null;

    /// <summary>Why <paramref name="requesterObjectId"/> may not issue this approved pass now, or null when they may.</summary>
    public ActionRequestRefusal? CannotBeIssuedBy(string requesterObjectId, DateTimeOffset now, TimeSpan issueWindow)
    {
        if (!IsIssuable)
        {
            return ActionRequestRefusal.NotIssuable;
        }

        if (!string.Equals(requesterObjectId, RequestedByObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return ActionRequestRefusal.NotYourRequest;
        }

        return now >= IssueBefore(issueWindow) ? ActionRequestRefusal.IssueWindowPassed : null;
    }

    public void MarkIssued(string requesterObjectId, DateTimeOffset now, TimeSpan issueWindow)
    {
        if (CannotBeIssuedBy(requesterObjectId, now, issueWindow) is { } refusal)
        {
            throw new InvalidOperationException($"Request {Id} cannot be issued: {refusal}.");
        }

        Status = ActionRequestStatus.Issued;
        Version = Guid.NewGuid();
    }

    public void Approve(string approverObjectId, string approverUpn, DateTimeOffset now) =>
        Decide(ActionRequestStatus.Approved, approverObjectId, approverUpn, now, note: null);

    public void Reject(string approverObjectId, string approverUpn, string? note, DateTimeOffset now) =>
        Decide(ActionRequestStatus.Rejected, approverObjectId, approverUpn, now, note);

    public void Expire(DateTimeOffset now)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException($"Request {Id} is not due to expire.");
        }

        Status = ActionRequestStatus.Expired;
        DecidedAt = now;
        Version = Guid.NewGuid();
    }

    private void Decide(ActionRequestStatus status, string approverObjectId, string approverUpn, DateTimeOffset now, string? note)
    {
        if (CannotBeDecidedBy(approverObjectId, now) is { } refusal)
        {
            throw new InvalidOperationException($"Request {Id} cannot be decided: {refusal}.");
        }

        Status = status;
        DecidedByObjectId = approverObjectId;
        DecidedByUpn = approverUpn;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, TextMaxLength)];
        Version = Guid.NewGuid();
    }
}
