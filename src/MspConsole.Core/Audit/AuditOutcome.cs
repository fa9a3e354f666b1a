namespace MspConsole.Core.Audit;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    /// <summary>A four-eyes request waiting for a second person.</summary>
    Requested,
    Approved,
    Rejected,
    Expired,
}
