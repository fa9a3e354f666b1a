using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace MspConsole.Web.Security;

/// <summary>
/// Ties the auth cookie to a <see cref="SignInSessions"/> entry: a sign-in starts one (its id goes into the cookie),
/// every request checks it is still live, a sign-out ends it. A copied cookie dies with its session.
/// </summary>
public static class SignInSessionEvents
{
    public static void Attach(CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.OnSigningIn = async context =>
        {
            var sessionId = await Sessions(context.HttpContext).StartAsync(context.Principal!, context.HttpContext.RequestAborted); // a signing-in context always has a principal.
            ((ClaimsIdentity)context.Principal!.Identity!).AddClaim(new Claim(ConsoleClaims.SessionId, sessionId.ToString("D"))); // ! : the cookie signs in a ClaimsIdentity.
        };
        events.OnValidatePrincipal = async context =>
        {
            if (SessionId(context.Principal) is { } sessionId && await Sessions(context.HttpContext).IsActiveAsync(sessionId, context.HttpContext.RequestAborted))
            {
                return;
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        };
        events.OnSigningOut = async context =>
        {
            if (SessionId(context.HttpContext.User) is { } sessionId)
            {
                await Sessions(context.HttpContext).EndAsync(sessionId, SignInSessions.SignedOut, context.HttpContext.RequestAborted);
            }
        };
    }

    private static SignInSessions Sessions(HttpContext context) => context.RequestServices.GetRequiredService<SignInSessions>();

    private static Guid? SessionId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst(ConsoleClaims.SessionId)?.Value, out var id) ? id : null;
}
