using Microsoft.Playwright;
using MspConsole.TestKit.Database;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>The app on a real port with the demo data, and Debian's Chromium driven by Playwright (no browser download).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private SqliteTestDatabase? database;
    private KestrelConsoleFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public DemoData Data { get; } = new();

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public Uri BaseAddress => app?.BaseAddress ?? throw new InvalidOperationException("Not started.");

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await database.SeedAsync(Data.Build(), cancellationToken);
        app = new KestrelConsoleFactory(database.ConnectionString);
        app.Start();
        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies) on a laptop-sized viewport; skips when Chromium is missing, fails on CI.</summary>
    public async Task<IPage> NewPageAsync(string? acceptLanguage = null)
    {
        if (!ChromiumInstalled)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"Chromium not found at {ChromiumPath} on CI: apt-get install -y chromium");
            }

            Assert.Skip($"Chromium not found at {ChromiumPath}: apt-get install -y chromium");
        }

        // Chromium is installed here, so InitializeAsync launched the browser.
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = 1366, Height = 900 },
            Locale = acceptLanguage ?? "nl-BE",
            ExtraHTTPHeaders = acceptLanguage is null ? null : new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
