namespace MspConsole.Infrastructure.Actions;

/// <summary>A failed action: the reason to explain and Graph's own words (for the audit log and support). <paramref name="Cause"/>
/// is the underlying reason when a step failed on behalf of another (e.g. throttling while switching the default method).</summary>
public sealed record ActionFailure(ActionFailureReason Reason, string Detail, ActionFailureReason? Cause = null);
