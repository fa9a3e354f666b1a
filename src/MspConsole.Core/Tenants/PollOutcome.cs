namespace MspConsole.Core.Tenants;

public enum PollOutcome
{
    Running,
    Succeeded,
    Failed,
    /// <summary>Throttled past the SDK's retries: the run stopped and a later job was scheduled.</summary>
    Rescheduled,
    /// <summary>Another poll of the same tenant was already running.</summary>
    Skipped,
}
