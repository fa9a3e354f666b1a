using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Security;

/// <summary>A copied auth cookie stops working when its session ends on the server: at sign-out and at a change of roles.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SignInSessionTests(ConsoleFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task CopiedCookie_AfterSignOut_IsRefused()
    {
        var browser = new CookieClient(fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await browser.SignInAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var copied = browser.CookieHeader;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", copied, cancellation)).StatusCode);

        var token = SignIn.AntiforgeryToken(await (await browser.GetAsync("/", browser.CookieHeader, cancellation)).Content.ReadAsStringAsync(cancellation));
        using var signOut = await browser.PostAsync("/signout", new() { ["__RequestVerificationToken"] = token }, cancellation);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var replayed = await browser.GetAsync("/", copied, cancellation);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/signin", replayed.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookie_AfterTheUserSignsInWithOtherRoles_IsRefused()
    {
        var browser = new CookieClient(fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await browser.SignInAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var oldRoles = browser.CookieHeader;
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", oldRoles, cancellation)).StatusCode);

        // The same person signs in again and now carries the Admin role (changed in Entra ID).
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var promoted = ConsoleAuthentication.CreateDevelopmentIdentity(DevelopmentPersonas.Helpdesk with { Roles = [Roles.Admin] });
            await scope.ServiceProvider.GetRequiredService<SignInSessions>().StartAsync(new ClaimsPrincipal(promoted), cancellation);
        }

        using var withOldRoles = await browser.GetAsync("/", oldRoles, cancellation);
        Assert.Equal(HttpStatusCode.Redirect, withOldRoles.StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.Contains(await db.SignInSessions.Where(s => s.UserObjectId == DevelopmentPersonas.Helpdesk.ObjectId).Select(s => s.EndReason).ToListAsync(cancellation),
            reason => reason == SignInSessions.RolesChanged);
    }
}
