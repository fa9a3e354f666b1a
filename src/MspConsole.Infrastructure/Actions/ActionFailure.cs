namespace MspConsole.Infrastructure.Actions;

/// <summary>A failed action: the reason to explain and Graph's own words (for the audit log and support).</summary>
public sealed record ActionFailure(ActionFailureReason Reason, string Detail);
