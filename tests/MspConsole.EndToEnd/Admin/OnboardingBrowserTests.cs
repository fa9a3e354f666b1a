using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Core.Tenants;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Admin;

/// <summary>An admin onboards a tenant by its domain in a real browser on the embedded default, tests its connection,
/// and sees it polled (Hangfire in-process) and on the overview.</summary>
[Collection(OnboardingBrowserCollection.Name)]
public sealed class OnboardingBrowserTests(OnboardingBrowserFixture fixture)
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Admin_OnboardsATenantByDomain_TestsItAndSeesItPolledAndOnTheOverview()
    {
        var page = await fixture.NewPageAsync();
        var target = (await fixture.Console.Simulator.TenantsAsync(TestContext.Current.CancellationToken))[0];
        Assert.True(target.Consented && target.Licensed);
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{DevelopmentPersonas.Admin.Key}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("tenant-table")).Not.ToContainTextAsync(target.DisplayName);

        await page.GetByTestId("nav-admin").ClickAsync();
        await page.GetByTestId("add-tenant").ClickAsync();
        var form = page.GetByTestId("new-tenant");
        await form.Locator("input[name=Domain]").FillAsync(target.DefaultDomain);
        await form.Locator("input[name=Name]").FillAsync("Kantoor Onboarding Test");
        await form.Locator("select[name=Language]").SelectOptionAsync("fr");
        await form.Locator("input[name=Tags]").FillAsync("e2e");
        await form.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("tenant-name")).ToHaveTextAsync("Kantoor Onboarding Test");
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("eerste ophaalbeurt staat in de wachtrij");
        await page.GetByTestId("test-connection").ClickAsync();
        await Assertions.Expect(page.GetByTestId("connection-result")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.GetByTestId("consent-state")).ToHaveTextAsync("Toestemming gegeven");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "admin-tenant.png") });

        await WaitForSuccessfulPollAsync(target.Id);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("last-poll")).ToContainTextAsync("Voltooid");
        await Assertions.Expect(page.GetByTestId("user-count")).ToHaveTextAsync(target.UserCount.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.GotoAsync("/");
        var row = page.GetByTestId("tenant-table").Locator("tbody tr", new() { HasText = "Kantoor Onboarding Test" });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync(target.DefaultDomain);
    }

    /// <summary>Waits for the first poll that onboarding queued (Hangfire picks it up from its SQLite storage).</summary>
    private Task WaitForSuccessfulPollAsync(Guid tenantId) =>
        fixture.Console.WaitUntilAsync($"the first poll of {tenantId} succeeds", async (db, cancellationToken) =>
            await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.LastPollOutcome).SingleAsync(cancellationToken) == PollOutcome.Succeeded,
            PollTimeout, TestContext.Current.CancellationToken);
}
