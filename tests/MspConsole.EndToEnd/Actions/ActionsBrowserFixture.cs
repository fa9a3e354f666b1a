using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Graph;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;

namespace MspConsole.EndToEnd.Actions;

/// <summary>
/// The app on a real loopback port with Graph pointed at an in-process simulator (ground truth in the test's hands),
/// one tenant and a user with a wrong office number, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class ActionsBrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RightMobile = "+32 470123456";
    public const string WrongOffice = "+32 22223333";

    private SqliteTestDatabase? database;
    private SimulatorHost? simulator;
    private ActionsKestrelFactory? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public SimulatorHost Simulator => simulator ?? throw new InvalidOperationException("Not started.");

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("Not started.");

    public Guid TenantId { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserPrincipalName { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 }, cancellationToken);
        var tenant = simulator.State.GetTenantSummaries()
            .First(t => t.Consented && t.Licensed && t.GrantedRoles.Contains(Permissions.MethodsReadWrite));
        TenantId = tenant.Id;
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await database.SeedAsync(cancellationToken, new TenantBuilder().WithId(tenant.Id).Named(tenant.DisplayName, tenant.DefaultDomain).Build());
        app = new ActionsKestrelFactory(database.ConnectionString, simulator);
        app.Start();

        UserPrincipalName = $"ana.wrongnumber@{tenant.DefaultDomain}";
        var user = simulator.State.AddUser(tenant.Id, "Ana Wrongnumber", UserPrincipalName) ?? throw new InvalidOperationException("No tenant.");
        UserId = user.Id.ToString();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var graph = scope.ServiceProvider.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenant.Id);
            await graph.AddPhoneAsync(UserId, PhoneType.Mobile, RightMobile, cancellationToken);
            await graph.AddPhoneAsync(UserId, PhoneType.Office, WrongOffice, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(tenant.Id, UserId, cancellationToken);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies), in English; skips when Chromium is missing, fails on CI.</summary>
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
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = app!.BaseAddress.ToString(),
            Locale = "en-BE",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-BE" },
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

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

/// <summary>The real app on a real loopback port (a browser cannot talk to the in-memory test server), Graph at the simulator.</summary>
public sealed class ActionsKestrelFactory(string connectionString, SimulatorHost simulator) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        // Kestrel always exposes its addresses feature.
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var baseUrl = simulator.BaseAddress.ToString().TrimEnd('/');
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:DataDirectory", Path.Combine(Path.GetTempPath(), "mspconsole-e2e", "data-actions"));
        builder.UseSetting("Authentication:Mode", "Development");
        builder.UseSetting("Authentication:SeedDemoAssignments", "false");
        builder.UseSetting("Simulator:Embedded", "false");
        builder.UseSetting("Graph:GraphBaseUrl", baseUrl);
        builder.UseSetting("Graph:LoginBaseUrl", baseUrl);
        builder.UseSetting("Graph:ClientId", SimulatorOptions.DefaultClientId);
        builder.UseSetting("Graph:ClientSecret", SimulatorOptions.DefaultClientSecret);
        builder.UseSetting("Graph:TokenSource", "ClientCredentials");
        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        builder.UseSetting("Jobs:ServerEnabled", "false");
    }
}

[CollectionDefinition(Name)]
public sealed class ActionsBrowserCollection : ICollectionFixture<ActionsBrowserFixture>
{
    public const string Name = "actions-browser";
}
