namespace MspConsole.GraphSimulator.State;

/// <summary>One successful Graph write (DELETE/PATCH/POST), in order.</summary>
public sealed record MutationRecord(
    long Sequence,
    DateTimeOffset Timestamp,
    Guid TenantId,
    string Method,
    string Path,
    Guid? UserId,
    string Action,
    string? Detail,
    string RequestId);
