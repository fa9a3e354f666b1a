namespace MspConsole.Core.Graph;

/// <summary>What a tenant client has done on the wire: every HTTP attempt (retries included), the throttled
/// responses (429/503) among them, and how many attempts were retries by the SDK's retry handler.</summary>
public readonly record struct GraphCallCounts(int Requests, int ThrottledResponses, int Retries);
