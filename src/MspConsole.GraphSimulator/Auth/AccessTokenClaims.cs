namespace MspConsole.GraphSimulator.Auth;

/// <summary>What the simulator reads back from one of its access tokens.</summary>
public sealed record AccessTokenClaims(Guid TenantId, string AppId, IReadOnlyList<string> Roles, DateTimeOffset ExpiresOn);
