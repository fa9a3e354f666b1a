using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd;

/// <summary>The console in a real browser: sign in, overview, drill into a tenant and a user, filter, switch language, scope.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ConsoleBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Overview_AfterSigningInAsHelpdesk_ShowsEveryTenant()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.Helpdesk);

        var table = page.GetByTestId("tenant-table");
        await Assertions.Expect(table).ToContainTextAsync("Alpha Verzekeringen");
        await Assertions.Expect(table).ToContainTextAsync("Bravo Makelaars");
        await Assertions.Expect(table).ToContainTextAsync("Juliet Makelaardij");
        await Assertions.Expect(table).ToContainTextAsync("Kilo Courtage");
        await Assertions.Expect(page.GetByTestId("total-tenants")).ToHaveTextAsync("13");
        // Critical first: tenants with admins without MFA head the default sort.
        await Assertions.Expect(table.Locator("tbody tr").First).ToHaveClassAsync("row-critical");
        await Assertions.Expect(table.Locator("tbody tr").Last).Not.ToHaveClassAsync("row-critical");
        await ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task Tenant_DrillDownThenFilterToNotRegistered_ShowsOnlyUnregisteredUsers()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.Helpdesk);

        await page.GetByRole(AriaRole.Link, new() { Name = "Alpha Verzekeringen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alpha Verzekeringen");
        await Assertions.Expect(page.Locator("canvas[data-chart=line]")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tenant");

        await page.Locator("a[data-filter=NotRegistered]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(NotRegisteredFilter());
        var statuses = page.GetByTestId("user-table").Locator("tbody tr td:nth-child(3) .badge:first-child");
        await Assertions.Expect(statuses.First).ToBeVisibleAsync();
        var texts = await statuses.AllTextContentsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.Equal("Niet geregistreerd", text.Trim()));
    }

    [Fact]
    public async Task User_OpenedFromTheCriticalList_ShowsStatusReasonAndHelpdeskActions()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.Helpdesk);
        await page.GotoAsync($"/tenants/{fixture.Data.Alpha}");

        await page.Locator("#critical-heading + ul a").First.ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Admin Backoffice");
        await Assertions.Expect(page.GetByTestId("user-status")).ToHaveTextAsync("Niet geregistreerd");
        await Assertions.Expect(page.Locator(".status-panel")).ToContainTextAsync("kritiek");
        await Assertions.Expect(page.GetByTestId("user-actions")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "user");
    }

    [Fact]
    public async Task LanguageSwitcher_ChoosingFrenchThenEnglish_TranslatesThePage()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.Admin);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Klanten");

        await page.Locator("#culture-select").SelectOptionAsync("fr-BE");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Clients");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await page.Locator("#culture-select").SelectOptionAsync("en-BE");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tenants");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tenants");
    }

    [Fact]
    public async Task AccountManager_OpeningAForeignTenant_GetsNotFound()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.AccountManagerNorth);
        await Assertions.Expect(page.GetByTestId("tenant-table")).ToContainTextAsync("Alpha Verzekeringen");
        await Assertions.Expect(page.GetByTestId("tenant-table")).Not.ToContainTextAsync("Bravo Makelaars");

        var response = await page.GotoAsync($"/tenants/{fixture.Data.Bravo}");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet gevonden");
        await Assertions.Expect(page.GetByTestId("correlation-id")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task UserTable_SelectingRows_CountsTheSelectionAndEnablesBulkActions()
    {
        var page = await fixture.NewPageAsync();
        await SignInAsync(page, DevelopmentPersonas.Helpdesk);
        await page.GotoAsync($"/tenants/{fixture.Data.Alpha}");
        var sendReminder = page.Locator("#bulk-users button[formaction$='reminders']");
        await Assertions.Expect(sendReminder).ToBeDisabledAsync();

        var boxes = page.Locator("input[name=objectIds]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();

        await Assertions.Expect(page.Locator("#bulk-users [data-selection-count]")).ToHaveTextAsync("2 geselecteerd");
        await Assertions.Expect(sendReminder).ToBeEnabledAsync();
    }

    private static async Task SignInAsync(IPage page, DevelopmentPersona persona)
    {
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{persona.Key}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-table")).ToBeVisibleAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"{name}.png"), FullPage = false });

    [GeneratedRegex("filter=NotRegistered")]
    private static partial Regex NotRegisteredFilter();
}
