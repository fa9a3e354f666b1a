using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Alerts;

/// <summary>An admin creates an alert rule through the alerts page in a real browser, sees its webhook secret once, and switches it off.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AlertRuleBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_CreatesASignedWebhookRuleThroughThePage_SeesTheSecretOnce_AndSwitchesItOff()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator($"button[data-persona='{DevelopmentPersonas.Admin.Key}']").ClickAsync();
        await page.GetByTestId("nav-admin").ClickAsync();
        await page.GetByTestId("alerts-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Waarschuwingen");

        var form = page.GetByTestId("new-rule");
        await form.GetByTestId("rule-kind").SelectOptionAsync(new SelectOptionValue { Label = "Robuust aandeel onder een drempel" });
        await form.GetByTestId("rule-threshold").FillAsync("80");
        await form.GetByTestId("rule-webhook").SelectOptionAsync(new SelectOptionValue { Label = "JSON, ondertekend (HMAC-SHA256)" });
        await form.GetByTestId("rule-url").FillAsync("https://hooks.example.invalid/mfa");
        await form.GetByTestId("rule-language").SelectOptionAsync("en-BE");
        await form.GetByTestId("create-rule").ClickAsync();

        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("Regel aangemaakt");
        await Assertions.Expect(page.GetByTestId("new-secret-value")).ToHaveValueAsync(Secret());
        var row = page.GetByTestId("rules").Locator("tbody tr", new() { HasText = "hooks.example.invalid" });
        await Assertions.Expect(row).ToContainTextAsync("Robuust aandeel onder een drempel");
        await Assertions.Expect(row).ToContainTextAsync("80");
        await Assertions.Expect(row.GetByTestId("rule-state")).ToHaveTextAsync("Aan");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "alerts-rule.png"), FullPage = true });

        await row.GetByTestId("switch-rule").ClickAsync();

        await Assertions.Expect(page.GetByTestId("message")).ToHaveTextAsync("Regel uitgeschakeld.");
        await Assertions.Expect(page.GetByTestId("new-secret")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("rules").Locator("tbody tr", new() { HasText = "hooks.example.invalid" }).GetByTestId("rule-state")).ToHaveTextAsync("Uit");
    }

    [GeneratedRegex("^whsec_[A-Za-z0-9_-]{40,}$")]
    private static partial Regex Secret();
}
