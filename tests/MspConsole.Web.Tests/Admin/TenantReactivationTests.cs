using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>
/// Offboarding is reversible: an admin brings a tenant back, from keep mode with its history and from purge mode as new,
/// audited and through the connection test, after which the app's own job polls it again (the real poller, the simulator).
/// </summary>
public sealed class TenantReactivationTests : IAsyncLifetime
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMinutes(4);

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly SqliteTestDatabase database = new();
    private SimulatorHost? simulator;
    private ConsoleAppFactory? factory;
    private IReadOnlyList<MspConsole.GraphSimulator.State.TenantSummary> tenants = [];

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 5 });
        tenants = simulator.State.GetTenantSummaries();
        factory = new ConsoleAppFactory(new(database.ConnectionString)
        {
            Simulator = simulator,
            Jobs = true,
            Settings = new Dictionary<string, string?> { ["Jobs:PollNewTenantsOnStartup"] = "false" },
        });
        await using (var db = database.CreateContext())
        {
            db.AddRange(tenants.Take(2).Select(t => new Tenant(t.Id, t.DisplayName, t.DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now)));
            await db.SaveChangesAsync(cancellation);
        }

        factory.Start();
        foreach (var tenant in tenants.Take(2))
        {
            Assert.Equal(PollOutcome.Succeeded, (await factory.PollAsync(tenant.Id, cancellation)).Outcome);
        }
    }

    [Fact]
    public async Task OffboardKeep_ThenBringBack_ReturnsWithItsHistory_AuditedAndConnectionTested_AndIsPolledAgain()
    {
        var tenant = tenants[0];
        using var admin = await factory!.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        var (users, snapshots) = await DataOfAsync(tenant.Id);
        using var offboard = await admin.PostFormAsync($"/admin/tenants/{tenant.Id}/offboard", [new("Mode", "Keep"), new("Confirmation", tenant.DefaultDomain)], cancellation);
        var offboardedAt = await TenantAsync(tenant.Id);
        Assert.NotNull(offboardedAt.OffboardedAt);

        using var back = await admin.PostFormAsync($"/admin/tenants/{tenant.Id}/reactivate", [], cancellation, $"/admin/tenants/{tenant.Id}");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var reactivated = await TenantAsync(tenant.Id);
        Assert.Null(reactivated.OffboardedAt);
        Assert.Equal(ConsentState.Granted, reactivated.ConsentState);
        Assert.Equal((users, snapshots), await DataOfAsync(tenant.Id));
        Assert.Equal(offboardedAt.LastSuccessfulPollAt, reactivated.LastSuccessfulPollAt);
        Assert.Contains("\"Mode\":\"WithHistory\"", Assert.Single(await AuditAsync(OnboardingAuditActions.TenantReactivated, tenant.Id)).After, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(OnboardingAuditActions.ConnectionTested, tenant.Id), entry => entry.Reason == "reactivation");
        await PolledAfterAsync(tenant.Id, reactivated.LastSuccessfulPollAt);
    }

    [Fact]
    public async Task OffboardPurge_ThenBringBack_ReturnsAsNew_AuditedAndConnectionTested_AndItsUsersArePolledAgain()
    {
        var tenant = tenants[1];
        using var admin = await factory!.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var offboard = await admin.PostFormAsync($"/admin/tenants/{tenant.Id}/offboard", [new("Mode", "Purge"), new("Confirmation", tenant.DefaultDomain)], cancellation);
        Assert.Equal((0, 0), await DataOfAsync(tenant.Id));

        using var back = await admin.PostFormAsync($"/admin/tenants/{tenant.Id}/reactivate", [], cancellation, $"/admin/tenants/{tenant.Id}");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var reactivated = await TenantAsync(tenant.Id);
        Assert.Null(reactivated.OffboardedAt);
        Assert.Equal(ConsentState.Granted, reactivated.ConsentState);
        Assert.Contains("\"Mode\":\"AsNew\"", Assert.Single(await AuditAsync(OnboardingAuditActions.TenantReactivated, tenant.Id)).After, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(OnboardingAuditActions.ConnectionTested, tenant.Id), entry => entry.Reason == "reactivation");
        await PolledAfterAsync(tenant.Id, null);
        Assert.True((await DataOfAsync(tenant.Id)).Users > 0);
    }

    [Fact]
    public async Task Onboarding_AnOffboardedDomain_BringsItBack_InsteadOfRefusingIt()
    {
        var tenant = tenants[1];
        using var admin = await factory!.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var offboard = await admin.PostFormAsync($"/admin/tenants/{tenant.Id}/offboard", [new("Mode", "Purge"), new("Confirmation", tenant.DefaultDomain)], cancellation);

        using var onboard = await admin.PostFormAsync("/admin/tenants/new",
            [new("Domain", tenant.DefaultDomain), new("Name", tenant.DisplayName), new("ContractOwner", "Msp"), new("Language", "nl")], cancellation, "/admin/tenants/new");

        Assert.Equal(HttpStatusCode.Redirect, onboard.StatusCode);
        Assert.Null((await TenantAsync(tenant.Id)).OffboardedAt);
        Assert.Contains("\"Source\":\"form\"", Assert.Single(await AuditAsync(OnboardingAuditActions.TenantReactivated, tenant.Id)).After, StringComparison.Ordinal);
        Assert.Empty(await AuditAsync(OnboardingAuditActions.TenantOnboarded, tenant.Id));
        await PolledAfterAsync(tenant.Id, null);
    }

    [Fact]
    public async Task BringBack_ATenantThatIsNotOffboarded_IsNotFound_AndForHelpdeskForbidden()
    {
        using var admin = await factory!.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var helpdesk = await factory!.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        using var active = await admin.PostFormAsync($"/admin/tenants/{tenants[0].Id}/reactivate", [], cancellation, $"/admin/tenants/{tenants[0].Id}");
        using var forbidden = await helpdesk.PostFormAsync($"/admin/tenants/{tenants[0].Id}/reactivate", [], cancellation);

        Assert.Equal(HttpStatusCode.NotFound, active.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Empty(await AuditAsync(OnboardingAuditActions.TenantReactivated, tenants[0].Id));
    }

    private Task PolledAfterAsync(Guid tenantId, DateTimeOffset? lastPoll) =>
        factory!.WaitUntilAsync($"{tenantId} is polled after being brought back",
            async (db, token) => await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, token) is { LastSuccessfulPollAt: { } polled } && polled != lastPoll,
            PollTimeout, cancellation);

    private async Task<Tenant> TenantAsync(Guid tenantId)
    {
        await using var db = database.CreateContext();
        return await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == tenantId, cancellation);
    }

    private async Task<(int Users, int Snapshots)> DataOfAsync(Guid tenantId)
    {
        await using var db = database.CreateContext();
        return (await db.TenantUsers.CountAsync(u => u.TenantId == tenantId, cancellation), await db.TenantSnapshots.CountAsync(s => s.TenantId == tenantId, cancellation));
    }

    private async Task<List<Core.Audit.AuditEntry>> AuditAsync(string action, Guid tenantId)
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action && e.TenantId == tenantId).ToListAsync(cancellation);
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, database);
}
