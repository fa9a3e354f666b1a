using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Reminders;

/// <summary>
/// The app with its embedded Graph simulator (the development default) on its own SQLite file and job storage:
/// the demo tenants are onboarded and polled by the app's own jobs. Anna (am-north) has tenant A, Amélie (am-south) tenant B.
/// </summary>
public sealed class ReminderAppFixture : IAsyncLifetime
{
    private readonly SqliteFileDatabase database = new();
    private ConsoleAppFactory? factory;

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorHost Simulator => Factory.Services.GetRequiredService<SimulatorHost>();

    public Guid TenantA { get; private set; }

    public Guid TenantB { get; private set; }

    public string DatabasePath => database.FilePath;

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new ConsoleAppFactory(database.ConnectionString);
        var tenants = Simulator.State.GetTenantSummaries();
        (TenantA, TenantB) = (tenants[0].Id, tenants[1].Id);
        await WaitUntilPolledAsync([TenantA, TenantB]);
        await using var db = CreateDbContext();
        db.AccountManagerAssignments.Add(HistoryBuilder.Assignment(TenantA, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName));
        db.AccountManagerAssignments.Add(HistoryBuilder.Assignment(TenantB, DevelopmentPersonas.AccountManagerSouth.ObjectId, DevelopmentPersonas.AccountManagerSouth.UserPrincipalName));
        await db.SaveChangesAsync();
    }

    public MspConsoleDbContext CreateDbContext() => database.CreateContext();

    public async Task<TenantUser> NonCompliantUserAsync(Guid tenantId, int skip = 0)
    {
        await using var db = CreateDbContext();
        return await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && !u.IsGuest && u.RemovedAt == null && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
            .OrderBy(u => u.Id).Skip(skip).FirstAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    /// <summary>The demo seeder queues every tenant's first poll; waits (polling, with a timeout) until ours succeeded.</summary>
    private async Task WaitUntilPolledAsync(IReadOnlyList<Guid> tenantIds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        while (true)
        {
            await using (var db = CreateDbContext())
            {
                var polled = await db.Tenants.CountAsync(t => tenantIds.Contains(t.Id) && t.LastPollOutcome == PollOutcome.Succeeded, timeout.Token);
                if (polled == tenantIds.Count)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ReminderAppCollection : ICollectionFixture<ReminderAppFixture>
{
    public const string Name = "reminder-app";
}
