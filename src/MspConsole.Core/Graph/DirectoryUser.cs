namespace MspConsole.Core.Graph;

/// <summary>A user as listed by GET /users. <paramref name="PreferredLanguage"/> is e.g. "nl-NL" or null.</summary>
public sealed record DirectoryUser(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    bool IsGuest,
    bool AccountEnabled,
    string? PreferredLanguage,
    string? Mail);
