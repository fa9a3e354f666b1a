using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;

namespace MspConsole.EndToEnd.Admin;

/// <summary>
/// The embedded default with four simulator tenants, started on a database that already holds one unrelated tenant:
/// the demo seeder then onboards nothing, so every simulator tenant is left for the admin to onboard.
/// </summary>
public sealed class OnboardingBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mspconsole-e2e-admin", Guid.NewGuid().ToString("N"));
    private EmbeddedConsoleProcess? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public EmbeddedConsoleProcess App => app ?? throw new InvalidOperationException("Not started.");

    public string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "console.db")};Pooling=False";

    public SqliteMspConsoleDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<SqliteMspConsoleDbContext>().UseSqlite(ConnectionString).Options);

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(dataDirectory);
        await using (var db = CreateDbContext())
        {
            await db.Database.MigrateAsync(cancellationToken);
            db.Tenants.Add(new TenantBuilder().Named("Bestaande Klant", "bestaande-klant.be").Build());
            await db.SaveChangesAsync(cancellationToken);
        }

        app = await EmbeddedConsoleProcess.StartAsync(ConnectionString, simulatorTenants: 4, cancellationToken);
        Directory.CreateDirectory(ScreenshotFolder);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context in Dutch (the default); skips when Chromium is missing, fails on CI.</summary>
    public async Task<IPage> NewPageAsync()
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
        var context = await browser!.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), Locale = "nl-BE", ViewportSize = new() { Width = 1366, Height = 900 } });
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

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OnboardingBrowserCollection : ICollectionFixture<OnboardingBrowserFixture>
{
    public const string Name = "admin-browser";
}
