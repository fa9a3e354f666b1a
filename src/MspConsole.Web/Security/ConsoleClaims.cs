using System.Security.Claims;

namespace MspConsole.Web.Security;

/// <summary>Claim types the console reads, and how it reads them from either sign-in.</summary>
public static class ConsoleClaims
{
    /// <summary>The Entra object id as a v2 token carries it.</summary>
    public const string ObjectId = "oid";

    /// <summary>The Entra object id after ASP.NET Core's inbound claim mapping.</summary>
    public const string ObjectIdMapped = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>App roles as Entra puts them in the token.</summary>
    public const string EntraRoles = "roles";

    public const string PreferredUserName = "preferred_username";

    /// <summary>The server-side sign-in session the auth cookie belongs to.</summary>
    public const string SessionId = "mspconsole_session";

    public static string? GetObjectId(this ClaimsPrincipal user) =>
        user.FindFirst(ObjectId)?.Value ?? user.FindFirst(ObjectIdMapped)?.Value;

    public static string GetUserName(this ClaimsPrincipal user) =>
        user.FindFirst(PreferredUserName)?.Value ?? user.Identity?.Name ?? "";

    public static bool CanAct(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Helpdesk);

    /// <summary>The highest of the user's console roles, for display and audit.</summary>
    public static string? ConsoleRole(this ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole);
}
