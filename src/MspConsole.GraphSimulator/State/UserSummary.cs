using System.Text.Json.Nodes;

namespace MspConsole.GraphSimulator.State;

/// <summary>Ground truth of one user; <see cref="Methods"/> is exactly what Graph's list-methods call returns.</summary>
public sealed record UserSummary(
    Guid Id,
    string UserPrincipalName,
    string DisplayName,
    string UserType,
    bool AccountEnabled,
    bool IsAdmin,
    string PerUserMfaState,
    string? DefaultMethod,
    IReadOnlyList<JsonObject> Methods);
