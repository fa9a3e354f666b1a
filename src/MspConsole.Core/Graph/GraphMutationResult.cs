namespace MspConsole.Core.Graph;

/// <summary>A successful change in Graph. <paramref name="RequestId"/> is Graph's request-id, for the audit log.
/// <paramref name="CreatedId"/> is the id of a created object (e.g. a new phone method), if any.</summary>
public sealed record GraphMutationResult(string? RequestId, string? CreatedId = null);
