using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Tenants;

/// <summary>Paused tenants say so wherever they are shown; an unconsented tenant's page says what to do instead of charting nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TenantStateBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PausedTenant_OnTheOverviewTenantPageReportSearchAndUserPage_CarriesAPausedMarker()
    {
        var page = await SignedInPageAsync(DevelopmentPersonas.Helpdesk);
        var row = page.GetByTestId("tenant-table").Locator("tr", new() { HasText = "Lima Assurances" });
        await Assertions.Expect(row.GetByTestId("tenant-state")).ToHaveTextAsync("Ophalen gepauzeerd");
        await Assertions.Expect(page.GetByTestId("tenant-table").Locator("tr", new() { HasText = "Alpha Verzekeringen" }).GetByTestId("tenant-state")).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Link, new() { Name = "Lima Assurances" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-state")).ToHaveTextAsync("Ophalen gepauzeerd");
        await page.GotoAsync($"/tenants/{fixture.Data.Lima}/report?culture=fr-BE");
        await Assertions.Expect(page.GetByTestId("tenant-state")).ToHaveTextAsync("Collecte en pause");

        await page.GotoAsync("/search?q=contact@lima");
        await Assertions.Expect(page.GetByTestId("tenant-state")).ToHaveTextAsync("Ophalen gepauzeerd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lima Contact" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav.breadcrumb").GetByTestId("tenant-state")).ToHaveTextAsync("Ophalen gepauzeerd");
    }

    [Fact]
    public async Task UnconsentedTenant_Page_SaysWhatToDoWithoutChartsOrSendToAll()
    {
        var page = await SignedInPageAsync(DevelopmentPersonas.Admin);
        await page.GotoAsync($"/tenants/{fixture.Data.Mike}");

        await Assertions.Expect(page.GetByTestId("consent-needed")).ToContainTextAsync("Toestemming nodig");
        await Assertions.Expect(page.Locator("canvas")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("remind-all")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "De beheerpagina van de klant openen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/tenants/{fixture.Data.Mike}$"));
    }

    private async Task<IPage> SignedInPageAsync(DevelopmentPersona persona)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{persona.Key}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-table")).ToBeVisibleAsync();
        return page;
    }
}
