namespace MspConsole.Core.Graph;

public enum ConnectionCheckOutcome
{
    Ok,
    /// <summary>Works, but only in a reduced way (e.g. no P1 licence: the per-user fallback is used).</summary>
    Degraded,
    PermissionMissing,
    Failed,
    /// <summary>Not tried, because an earlier step failed.</summary>
    Skipped,
}
