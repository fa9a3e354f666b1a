using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Reminders;

/// <summary>
/// The app with its embedded Graph simulator (the development default) on its own SQLite file and job storage:
/// the demo tenants are onboarded and polled by the app's own jobs. Anna (am-north) has tenant A, Amélie (am-south) tenant B.
/// </summary>
public sealed class ReminderAppFixture : IAsyncLifetime
{
    public const string CustomerContact = "Klaas Klant IT, 0470 12 34 56";

    private readonly SqliteTestDatabase database = new();
    private ConsoleAppFactory? factory;
    private SimulatorHost? simulator;

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorHost Simulator => simulator ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The MSP's contract, Dutch; also holds the sender mailbox. Anna's (am-north).</summary>
    public Guid TenantA { get; private set; }

    /// <summary>The customer's own IT, French. Amélie's (am-south).</summary>
    public Guid TenantB { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 5 });
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
            },
        });
        await using (var db = CreateDbContext())
        {
            var a = new Tenant(TenantA, tenants[0].DisplayName, tenants[0].DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now);
            var b = new Tenant(TenantB, tenants[1].DisplayName, tenants[1].DefaultDomain, ContractOwner.CustomerIt, SupportedLanguage.French, TestClock.Now);
            b.SetContract(ContractOwner.CustomerIt, CustomerContact);
            db.AddRange(a, b,
                HistoryBuilder.Assignment(TenantA, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName),
                HistoryBuilder.Assignment(TenantB, DevelopmentPersonas.AccountManagerSouth.ObjectId, DevelopmentPersonas.AccountManagerSouth.UserPrincipalName));
            await db.SaveChangesAsync();
        }

        factory.Start();

        foreach (var tenantId in new[] { TenantA, TenantB })
        {
            var result = await Factory.PollAsync(tenantId, CancellationToken.None);
            if (result.Outcome != PollOutcome.Succeeded)
            {
                throw new InvalidOperationException($"Polling {tenantId} ended {result.Outcome}.");
            }
        }
    }

    public MspConsoleDbContext CreateDbContext() => database.CreateContext();

    public async Task<TenantUser> NonCompliantUserAsync(Guid tenantId, int skip = 0)
    {
        await using var db = CreateDbContext();
        return await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && !u.IsGuest && u.RemovedAt == null && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
            .OrderBy(u => u.Id).Skip(skip).FirstAsync();
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, database);
}

[CollectionDefinition(Name)]
public sealed class ReminderAppCollection : ICollectionFixture<ReminderAppFixture>
{
    public const string Name = "reminder-app";
}
