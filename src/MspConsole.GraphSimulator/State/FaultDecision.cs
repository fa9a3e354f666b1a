namespace MspConsole.GraphSimulator.State;

/// <summary>A fault to answer a Graph request with instead of its normal response.</summary>
public sealed record FaultDecision(int StatusCode, string Code, string Message, int? RetryAfterSeconds);
