using System.Text.Json.Nodes;

namespace MspConsole.GraphSimulator.State;

/// <summary>Ground truth of one user; <see cref="Methods"/> is exactly what Graph's list-methods call returns.
/// <see cref="IsAdmin"/> is true when one of <see cref="RoleTemplateIds"/> is a privileged role.</summary>
public sealed record UserSummary(
    Guid Id,
    string UserPrincipalName,
    string DisplayName,
    string UserType,
    bool AccountEnabled,
    bool IsAdmin,
    string PerUserMfaState,
    string? DefaultMethod,
    IReadOnlyList<JsonObject> Methods,
    IReadOnlyList<string> RoleTemplateIds);
