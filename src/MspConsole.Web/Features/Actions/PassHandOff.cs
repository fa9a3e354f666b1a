using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Actions;

/// <summary>
/// Carries a freshly issued Temporary Access Pass across the issue POST's redirect (Post/Redirect/Get) without the server
/// keeping it: encrypted for two minutes, in a cookie that only the pass page receives and that the pass page deletes on
/// its first read. So it is shown once, Back and Reload never resubmit, and no database, log or cache ever holds it.
/// </summary>
public sealed class PassHandOff(IDataProtectionProvider protection, TimeProvider time)
{
    private const string CookieName = "msp-pass";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("MspConsole.TemporaryAccessPass.HandOff.v1").ToTimeLimitedDataProtector();

    public static string PageUrl(Guid requestId) => $"/approvals/{requestId}/pass";

    public void Hand(HttpContext context, Guid requestId, IssuedPass issued)
    {
        var payload = JsonSerializer.Serialize(issued with { RequestId = requestId });
        context.Response.Cookies.Append(CookieName, Protector.Protect(payload, time.GetUtcNow() + Lifetime), Options(context, requestId, Lifetime));
    }

    /// <summary>The pass handed to this page, once: the cookie is deleted as it is read.</summary>
    public IssuedPass? TakeOnce(HttpContext context, Guid requestId)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, Options(context, requestId, TimeSpan.Zero));
        try
        {
            var issued = JsonSerializer.Deserialize<IssuedPass>(Protector.Unprotect(value, out _));
            return issued?.RequestId == requestId ? issued : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Expired or tampered with: nothing to show.
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, Guid requestId, TimeSpan maxAge) => new()
    {
        Path = PageUrl(requestId),
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        MaxAge = maxAge,
    };
}
