using System.Text.Json.Serialization;

namespace MspConsole.GraphSimulator.Model;

/// <summary>One item of <c>/reports/authenticationMethods/userRegistrationDetails</c>, with Graph's exact property names.</summary>
public sealed record UserRegistrationDetails(
    string Id,
    string UserPrincipalName,
    string UserDisplayName,
    string UserType,
    bool IsAdmin,
    bool IsSsprRegistered,
    bool IsSsprEnabled,
    bool IsSsprCapable,
    bool IsMfaRegistered,
    bool IsMfaCapable,
    bool IsPasswordlessCapable,
    IReadOnlyList<string> MethodsRegistered,
    bool IsSystemPreferredAuthenticationMethodEnabled,
    IReadOnlyList<string> SystemPreferredAuthenticationMethods,
    string UserPreferredMethodForSecondaryAuthentication,
    DateTimeOffset LastUpdatedDateTime)
{
    /// <summary>Beta only; omitted from v1.0 responses.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DefaultMfaMethod { get; init; }
}
