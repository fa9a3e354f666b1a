using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Security;

/// <summary>Which sign-in this instance runs; the sign-in controller and layout read it.</summary>
public sealed record ConsoleAuthentication(AuthenticationMode Mode)
{
    public bool IsDevelopment => Mode == AuthenticationMode.Development;

    public static ClaimsIdentity CreateDevelopmentIdentity(DevelopmentPersona persona)
    {
        List<Claim> claims =
        [
            new(ConsoleClaims.ObjectId, persona.ObjectId),
            new(ClaimTypes.Name, persona.DisplayName),
            new(ConsoleClaims.PreferredUserName, persona.UserPrincipalName),
        ];
        claims.AddRange(persona.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
    }
}
