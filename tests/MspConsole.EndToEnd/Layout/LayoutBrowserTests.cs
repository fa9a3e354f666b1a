using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Layout;

/// <summary>The overview fits a 1366 px laptop; overview, tenant, user and search pages fit a 390 px phone (wide tables scroll inside their box).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture fixture)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    public async Task Overview_OnA1366PxLaptop_HasNoHorizontalScroll()
    {
        var page = await SignedInPageAsync(DevelopmentPersonas.Admin);

        Assert.True(await PageWidthAsync(page) <= 1366, $"the overview is {await PageWidthAsync(page)} px wide");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "overview-1366.png") });
    }

    [Fact]
    public async Task OverviewTenantUserAndSearch_OnA390PxPhone_FitTheScreenWithACompactHeader()
    {
        var page = await SignedInPageAsync(DevelopmentPersonas.Admin);
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        string[] paths =
        [
            "/",
            $"/tenants/{fixture.Data.Alpha}",
            $"/tenants/{fixture.Data.Alpha}/users/{fixture.Data.AlphaCriticalAdmin}",
            "/search?q=admin",
            $"/tenants/{fixture.Data.Kilo}/report",
        ];
        List<string> problems = [];
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var width = await PageWidthAsync(page);
            if (width > PhoneWidth)
            {
                problems.Add($"{path} is {width} px wide; sticking out: {await WidestAsync(page)}");
            }

            var header = await page.Locator("header.topbar").BoundingBoxAsync();
            if (header is null || header.Height > PhoneHeight / 8)
            {
                problems.Add($"{path}: the header is {header?.Height} px high");
            }
        }

        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "overview-390.png") });
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#global-search")).ToBeVisibleAsync();
    }

    private async Task<IPage> SignedInPageAsync(DevelopmentPersona persona)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{persona.Key}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-table")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The innermost elements that reach past the viewport, to say what to fix.</summary>
    private static async Task<string> WidestAsync(IPage page) => await page.EvaluateAsync<string>("""
        () => Array.from(document.querySelectorAll('body *'))
          .filter(element => element.getBoundingClientRect().right > innerWidth + 1 && !element.closest('.table-wrap, table'))
          .filter(element => !Array.from(element.children).some(child => child.getBoundingClientRect().right > innerWidth + 1))
          .slice(0, 5).map(element => element.tagName.toLowerCase() + '.' + element.className + ' (' + Math.round(element.getBoundingClientRect().right) + ')').join(', ')
        """);

    private static async Task<int> PageWidthAsync(IPage page) => await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
