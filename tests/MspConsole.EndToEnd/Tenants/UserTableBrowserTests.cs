using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Tenants;

/// <summary>The tenant user table of the 1,241-user demo customer: a page count, sortable columns on keyset paging, a status legend and badge tooltips.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UserTableBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task UserTable_SortedByStatusThenPaged_ShowsUrgentStatusesFirstAndCountsThePages()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{DevelopmentPersonas.Helpdesk.Key}']").ClickAsync();
        await page.GotoAsync($"/tenants/{fixture.Data.Kilo}");
        await Assertions.Expect(page.GetByTestId("page-count")).ToHaveTextAsync("Pagina 1 van 25");
        await Assertions.Expect(page.GetByTestId("status-legend")).ToContainTextAsync("Eén MFA-methode: een verloren of vervangen telefoon sluit de gebruiker buiten.");
        var statuses = page.GetByTestId("user-table").Locator("tbody tr td:nth-child(3) > span:first-child");

        await page.Locator("th a[data-sort=Status]").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=ascending] a[data-sort=Status]")).ToBeVisibleAsync();
        Assert.All(await statuses.AllTextContentsAsync(), text => Assert.Equal("Niet geregistreerd", text.Trim()));
        await Assertions.Expect(statuses.First).ToHaveAttributeAsync("title", "Geen MFA-methode geregistreerd. Kritiek als de gebruiker beheerder is.");

        await page.Locator("th a[data-sort=Status]").ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=descending] a[data-sort=Status]")).ToBeVisibleAsync();
        Assert.All(await statuses.AllTextContentsAsync(), text => Assert.Equal("Veerkrachtig", text.Trim()));

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("page-count")).ToHaveTextAsync("Pagina 2 van 25");
        await Assertions.Expect(page.Locator("th[aria-sort=descending] a[data-sort=Status]")).ToBeVisibleAsync();
    }
}
