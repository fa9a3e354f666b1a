using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Culture;

/// <summary>The language switcher: remembers the choice in the culture cookie for a year.</summary>
[AllowAnonymous]
public sealed class CultureController(TimeProvider time) : Controller
{
    [HttpPost("/culture")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!UiCultures.IsSupported(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/"));
    }
}
