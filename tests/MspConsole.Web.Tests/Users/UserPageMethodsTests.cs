using System.Net;
using MspConsole.Web.Tests.Actions;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Users;

/// <summary>The user page lists what the caller has, read from Graph: numbers in full for the helpdesk, masked for account managers, the default named.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class UserPageMethodsTests(ActionsWebFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Helpdesk_SeesEveryNumberInFull_WithTheDefaultMarkedAndNamed_NeverGraphsCode()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        using var helpdesk = await fixture.Factory.ClientAsync("helpdesk", cancellation);

        var page = WebUtility.HtmlDecode(await helpdesk.GetStringAsync(new Uri($"/tenants/{fixture.Own}/users/{userId}", UriKind.Relative), cancellation));

        Assert.Contains("+32 470123456", page, StringComparison.Ordinal);
        Assert.Contains("+32 22223333", page, StringComparison.Ordinal);
        Assert.Contains("Telefoon op kantoor", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"method-default\""));
        Assert.Contains("data-testid=\"default-method\">Sms naar de gsm<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">sms<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountManager_SeesOnlyTheLastThreeDigits()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var manager = await fixture.Factory.ClientAsync("am-north", cancellation);

        var page = WebUtility.HtmlDecode(await manager.GetStringAsync(new Uri($"/tenants/{fixture.Own}/users/{userId}", UriKind.Relative), cancellation));

        Assert.DoesNotContain("470123456", page, StringComparison.Ordinal);
        Assert.Contains("+•• ••••••456", page, StringComparison.Ordinal);
    }
}
