namespace MspConsole.EndToEnd.Hosting;

/// <summary>The app on a real port with the demo data, and Debian's Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private ConsoleAppFactory? app;
    private Chromium? chromium;

    public DemoData Data { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.Installed)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await database.SeedAsync(Data.Build(), cancellationToken);
        app = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString) with { Kestrel = true }).Start();
        chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context (own cookies), in Dutch unless <paramref name="language"/> says otherwise.</summary>
    public async Task<Microsoft.Playwright.IPage> NewPageAsync(string language = "nl-BE")
    {
        Chromium.RequireInstalled();
        return await chromium!.NewPageAsync(app!.BaseAddress, language);
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

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
