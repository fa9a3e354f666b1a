using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspConsole.Web.Security;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Features.SignIn;

/// <summary>The development persona sign-in (404 unless Authentication:Mode is Development) and sign-out for both modes.</summary>
[AllowAnonymous]
public sealed class SignInController(ConsoleAuthentication authentication) : Controller
{
    [HttpGet(AuthenticationSetup.SignInPath)]
    public IActionResult Index(string? returnUrl)
    {
        if (!authentication.IsDevelopment)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, OpenIdConnectDefaults.AuthenticationScheme);
        }

        return View(new SignInViewModel(DevelopmentPersonas.All, SafeReturnUrl(returnUrl)));
    }

    [HttpPost(AuthenticationSetup.SignInPath)]
    public async Task<IActionResult> SignIn(string persona, string? returnUrl)
    {
        var chosen = DevelopmentPersonas.Find(persona);
        if (!authentication.IsDevelopment || chosen is null)
        {
            return NotFound();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new(ConsoleAuthentication.CreateDevelopmentIdentity(chosen)));
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    [HttpPost("/signout")]
    public IActionResult SignOutOfConsole()
    {
        var properties = new AuthenticationProperties { RedirectUri = Url.Content("~/") };
        return authentication.IsDevelopment
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
}
