namespace MspConsole.Core.Actions;

public enum ActionRequestStatus
{
    /// <summary>Waiting for a second Helpdesk or Admin person.</summary>
    Pending,
    /// <summary>Approved and carried out (successfully or not: the audit log has the outcome).</summary>
    Approved,
    Rejected,
    Expired,
}
