namespace MspConsole.Infrastructure.Actions;

/// <summary>Who acts, from where, in which request: what every audit entry of an action carries.</summary>
public sealed record ActionActor(string ObjectId, string Upn, string Role, string? ClientIp, string CorrelationId);
