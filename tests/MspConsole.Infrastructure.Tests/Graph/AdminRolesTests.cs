using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.Model;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>Directory role members two per page, so reading the admins follows nextLinks.</summary>
public sealed class PagedRoleMembersFixture : SimulatorFixture
{
    protected override SimulatorOptions CreateOptions() => new() { Tenants = 6, ReportPageSize = 5, RoleMemberPageSize = 2 };
}

/// <summary>The per-user fallback reads the directory roles to tell admins, as the report's isAdmin would.</summary>
public sealed class AdminRolesTests(PagedRoleMembersFixture simulator) : GraphTestBase(simulator), IClassFixture<PagedRoleMembersFixture>
{
    [Fact]
    public async Task Fallback_ForAnUnlicensedTenant_MarksExactlyTheHoldersOfPrivilegedRolesAsAdmins()
    {
        var tenant = Simulator.UnlicensedTenant;
        var members = UsersOf(tenant).Where(u => u.UserType == "Member" && u.AccountEnabled && u.RoleTemplateIds.Count == 0).ToList();
        Assert.True(members.Count >= 5, "the unlicensed tenant needs role-less members for this test");
        State.AssignRole(tenant.Id, members[0].Id, DirectoryRoleCatalog.GlobalAdministrator);
        State.AssignRole(tenant.Id, members[1].Id, DirectoryRoleCatalog.GlobalAdministrator);
        State.AssignRole(tenant.Id, members[2].Id, DirectoryRoleCatalog.ExchangeAdministrator);
        State.AssignRole(tenant.Id, members[3].Id, DirectoryRoleCatalog.ReportsReader);
        State.AssignRole(tenant.Id, members[4].Id, DirectoryRoleCatalog.DirectoryReaders);

        var fallback = await TenantGraphClientReadTests.ReadAllAsync(ClientFor(tenant).ReadRegistrationPagesFromMethodsAsync(Ct));

        var truth = UsersOf(tenant).Where(u => u.AccountEnabled).ToDictionary(u => u.Id.ToString());
        Assert.Equal(truth.Keys.Order(), fallback.Select(f => f.Id).Order());
        Assert.All(fallback, f => Assert.True(truth[f.Id].IsAdmin == f.IsAdmin, $"{f.UserPrincipalName}: admin {truth[f.Id].IsAdmin} in Graph, {f.IsAdmin} from the fallback"));
        Assert.True(fallback.Count(f => f.IsAdmin) >= 4, "Global Administrator must span several member pages");
        Assert.Contains(fallback, f => !f.IsAdmin && truth[f.Id].RoleTemplateIds.Count > 0);
    }

    [Fact]
    public async Task Fallback_AndReport_AgreeOnIsAdmin_ForALicensedTenant()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);

        var report = (await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesAsync(Ct))).ToDictionary(r => r.Id);
        var fallback = await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesFromMethodsAsync(Ct));

        Assert.Equal(report.Keys.Order(), fallback.Select(f => f.Id).Order());
        Assert.All(fallback, f => Assert.True(report[f.Id].IsAdmin == f.IsAdmin, $"{f.UserPrincipalName}: admin {report[f.Id].IsAdmin} in the report, {f.IsAdmin} from the fallback"));
        Assert.Contains(fallback, f => f.IsAdmin);
        Assert.Contains(fallback, f => !f.IsAdmin);
    }

    [Fact]
    public async Task GetRegistrationFromMethods_ForAnAdminAndForADirectoryReader_TellsThemApart()
    {
        var tenant = Simulator.UnlicensedTenant;
        var users = UsersOf(tenant).Where(u => u.UserType == "Member" && u.AccountEnabled).ToList();
        var admin = users.First(u => u.IsAdmin);
        var reader = users.First(u => !u.IsAdmin && u.RoleTemplateIds.Contains(DirectoryRoleCatalog.DirectoryReaders));
        var client = ClientFor(tenant);

        var adminRow = await client.GetRegistrationFromMethodsAsync(admin.Id.ToString(), Ct);
        var readerRow = await client.GetRegistrationFromMethodsAsync(reader.Id.ToString(), Ct);

        Assert.True(adminRow?.IsAdmin);
        Assert.False(readerRow?.IsAdmin);
    }

    [Fact]
    public async Task WithoutRoleManagementPermission_TheFallbackGoesOnWithoutAdminsAndWarns_AndTheConnectionTestNamesThePermission()
    {
        var tenant = Simulator.State.Tenants[4];
        var wasConsented = tenant.Consented;
        tenant.Consented = true;
        tenant.RemoveRole(Permissions.RoleManagementRead);
        var logs = new ListLoggerProvider();
        using var services = Simulator.CreateGraphServices(services: s => s.AddSingleton<ILoggerProvider>(logs));
        try
        {
            var client = services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenant.Id);
            var fallback = await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesFromMethodsAsync(Ct));
            var connection = await services.GetRequiredService<ITenantDiscovery>().TestConnectionAsync(tenant.Id, Ct);

            Assert.Contains(UsersOf(tenant), u => u.IsAdmin && u.AccountEnabled);
            Assert.NotEmpty(fallback);
            Assert.DoesNotContain(fallback, f => f.IsAdmin);
            Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("RoleManagement.Read.Directory", StringComparison.Ordinal)
                && e.Message.Contains(tenant.Id.ToString(), StringComparison.Ordinal));
            var check = Assert.Single(connection.Checks, c => c.Name == ConnectionCheckNames.AdminRoles);
            Assert.Equal(ConnectionCheckOutcome.PermissionMissing, check.Outcome);
            Assert.Equal(["RoleManagement.Read.Directory"], connection.MissingPermissions);
            Assert.False(connection.IsReady);
        }
        finally
        {
            tenant.GrantRole(Permissions.RoleManagementRead);
            tenant.Consented = wasConsented;
        }
    }

    [Fact]
    public async Task Fallback_ReadsTheAdminsOncePerEnumeration()
    {
        var tenant = Simulator.UnlicensedTenant;
        var client = ClientFor(tenant);
        var users = UsersOf(tenant);
        var enabled = users.Count(u => u.AccountEnabled);
        var enabledMembers = users.Count(u => u.AccountEnabled && u.UserType == "Member");
        var userPages = (users.Count + 9) / 10; // Graph:UserPageSize is 10 in the fixture

        await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesFromMethodsAsync(Ct));

        // Besides the user pages, each enabled user's methods and each enabled member's per-user MFA state: one
        // directoryRoles read, then every page of every activated privileged role, well under one request per user.
        var roleRequests = client.CallCounts.Requests - userPages - enabled - enabledMembers;
        Assert.InRange(roleRequests, 2, 1 + (2 * users.Count(u => u.IsAdmin)));
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new ListLogger(Entries);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
