namespace MspConsole.GraphSimulator.Control;

/// <summary>Body of POST /_simulator/tenants/{id}/users.</summary>
public sealed record NewUser(string DisplayName, string? UserPrincipalName, string? UserType, bool IsAdmin);
