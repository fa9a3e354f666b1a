using Microsoft.Playwright;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download). Where it is missing, browser tests skip with the reason,
/// except on CI (CI=true), where they fail.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Chromium(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    public static bool Installed => File.Exists(ExecutablePath);

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new Chromium(playwright, browser);
    }

    public static void RequireInstalled()
    {
        if (Installed)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"Chromium not found at {ExecutablePath} on CI: apt-get install -y chromium");
        }

        Assert.Skip($"Chromium not found at {ExecutablePath}: apt-get install -y chromium");
    }

    /// <summary>A fresh context (own cookies) on a laptop-sized viewport, asking for <paramref name="language"/>.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string language)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
