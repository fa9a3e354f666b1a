namespace MspConsole.Core.Polling;

public enum PollTrigger
{
    Scheduled,
    Manual,
    /// <summary>A retry after throttling or a transient failure.</summary>
    Retry,
}
