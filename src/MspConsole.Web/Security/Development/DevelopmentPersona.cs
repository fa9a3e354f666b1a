namespace MspConsole.Web.Security.Development;

/// <summary>A fixed identity to sign in as with the development sign-in.</summary>
public sealed record DevelopmentPersona(string Key, string DisplayName, string UserPrincipalName, string ObjectId, IReadOnlyList<string> Roles, string Description);
