namespace MspConsole.Core.Actions;

public enum ActionRequestStatus
{
    /// <summary>Waiting for a second Helpdesk or Admin person.</summary>
    Pending,
    /// <summary>Approved and carried out (successfully or not: the audit log has the outcome); for a Temporary Access Pass,
    /// approved and waiting for the requester to issue it within the issue window.</summary>
    Approved,
    /// <summary>A Temporary Access Pass the requester issued after approval (the audit log has the outcome).</summary>
    Issued,
    Rejected,
    Expired,
}
