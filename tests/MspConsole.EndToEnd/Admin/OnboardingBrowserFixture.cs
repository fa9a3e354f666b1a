using MspConsole.EndToEnd.Hosting;
using MspConsole.TestKit.Builders;

namespace MspConsole.EndToEnd.Admin;

/// <summary>
/// The embedded default with four simulator tenants, started on a database that already holds one unrelated tenant:
/// the demo seeder then onboards nothing, so every simulator tenant is left for the admin to onboard.
/// </summary>
public sealed class OnboardingBrowserFixture : IAsyncLifetime
{
    private EmbeddedConsole? console;
    private Chromium? chromium;

    public EmbeddedConsole Console => console ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        if (!Chromium.Installed)
        {
            return;
        }

        console = await EmbeddedConsole.StartAsync(simulatorTenants: 4, async (db, cancellationToken) =>
        {
            db.Tenants.Add(new TenantBuilder().Named("Bestaande Klant", "bestaande-klant.be").Build());
            await db.SaveChangesAsync(cancellationToken);
        }, TestContext.Current.CancellationToken);
        chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context in Dutch (the default).</summary>
    public async Task<Microsoft.Playwright.IPage> NewPageAsync()
    {
        Chromium.RequireInstalled();
        return await chromium!.NewPageAsync(Console.BaseAddress, "nl-BE");
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (console is not null)
        {
            await console.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OnboardingBrowserCollection : ICollectionFixture<OnboardingBrowserFixture>
{
    public const string Name = "admin-browser";
}
