using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;
using MspConsole.Web.Tests.Reminders;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>
/// The app (its Hangfire server running, so alert messages are delivered by the real jobs) on its own SQLite file, talking
/// to its own Graph simulator, with the sender mailbox in tenant A, plus a webhook receiver on a loopback port.
/// Polls run through the real poll job, whose completion evaluates the alert rules.
/// </summary>
public sealed class AlertsFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private ConsoleAppFactory? factory;
    private SimulatorHost? simulator;
    private WebhookReceiver? receiver;

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorHost Simulator => simulator ?? throw new InvalidOperationException("Not initialised.");

    public WebhookReceiver Receiver => receiver ?? throw new InvalidOperationException("Not initialised.");

    public Guid TenantA { get; private set; }

    public Guid TenantB { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        receiver = await WebhookReceiver.StartAsync();
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 7 });
        var tenants = simulator.State.GetTenantSummaries();
        (TenantA, TenantB) = (tenants[0].Id, tenants[1].Id);
        var sender = simulator.State.GetUsers(TenantA)!.First(u => u.UserType == "Member" && u.AccountEnabled).UserPrincipalName;
        factory = new ConsoleAppFactory(new(database.ConnectionString)
        {
            Simulator = simulator,
            Jobs = true,
            Settings = new Dictionary<string, string?>
            {
                ["Jobs:PollNewTenantsOnStartup"] = "false",
                ["Reminders:SenderTenantId"] = TenantA.ToString(),
                ["Reminders:DefaultSenderMailbox"] = sender,
                // Only the tests poll and evaluate: no scheduled run in between.
                ["Jobs:PollCron"] = "0 0 1 1 *",
                ["Alerts:EvaluateCron"] = "0 0 1 1 *",
                ["Alerts:PublicBaseUrl"] = "https://console.msp.example",
            },
        });
        await using (var db = CreateDbContext())
        {
            db.AddRange(
                new Tenant(TenantA, tenants[0].DisplayName, tenants[0].DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now),
                new Tenant(TenantB, tenants[1].DisplayName, tenants[1].DefaultDomain, ContractOwner.Msp, SupportedLanguage.French, TestClock.Now));
            await db.SaveChangesAsync();
        }

        factory.Start();
    }

    public MspConsoleDbContext CreateDbContext() => database.CreateContext();

    /// <summary>A poll as Hangfire runs it: the poll job, whose completion evaluates the tenant's alert rules.</summary>
    public async Task PollAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PollTenantJob>().RunAsync(tenantId, PollTrigger.Manual, 0, cancellationToken);
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, receiver, database);
}

[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsFixture>
{
    public const string Name = "alerts";
}
