using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Actions;

/// <summary>
/// The real app against an in-process Graph simulator: two polled tenants, "Own" assigned to Anna (am-north) and "Foreign"
/// assigned to nobody, on a SQLite file, with a movable clock and no Hangfire server.
/// </summary>
public sealed partial class ActionsWebFixture : IAsyncLifetime
{
    private SqliteTestDatabase? database;
    private SimulatorHost? simulator;
    private ConsoleAppFactory? factory;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorState Simulator => simulator?.State ?? throw new InvalidOperationException("Not initialised.");

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public Guid Own { get; private set; }

    public Guid Foreign { get; private set; }

    public string OwnUser { get; private set; } = "";

    public string ForeignUser { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 4, Seed = 3 }, cancellationToken);
        var writable = simulator.State.GetTenantSummaries()
            .Where(t => t.Consented && t.Licensed && t.GrantedRoles.Contains(Permissions.MethodsReadWrite) && t.GrantedRoles.Contains(Permissions.RevokeSessions))
            .Take(2).ToList();
        (Own, Foreign) = (writable[0].Id, writable[1].Id);
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await database.SeedAsync(cancellationToken,
            new TenantBuilder().WithId(Own).Named(writable[0].DisplayName, writable[0].DefaultDomain).Build(),
            new TenantBuilder().WithId(Foreign).Named(writable[1].DisplayName, writable[1].DefaultDomain).Build(),
            HistoryBuilder.Assignment(Own, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName));
        factory = new ConsoleAppFactory(HostOptions(database.ConnectionString, simulator, Clock));
        OwnUser = await AddUserAsync(Own, (PhoneType.Mobile, "+32 470123456"));
        ForeignUser = await AddUserAsync(Foreign, (PhoneType.Mobile, "+32 470654321"));
    }

    /// <summary>A new member of the tenant with the given phones, added through Graph and refreshed into the console.</summary>
    public async Task<string> AddUserAsync(Guid tenantId, params (PhoneType Type, string Number)[] phones)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var user = Simulator.AddUser(tenantId, "Ana Web " + Guid.NewGuid().ToString("N")[..6]) ?? throw new InvalidOperationException("No tenant.");
        var userId = user.Id.ToString();
        await using var scope = Factory.Services.CreateAsyncScope();
        var graph = scope.ServiceProvider.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenantId);
        foreach (var (type, number) in phones)
        {
            await graph.AddPhoneAsync(userId, type, number, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(tenantId, userId, cancellationToken);
        return userId;
    }

    /// <summary>The actions tests' app: Graph is a simulator the test started (its ground truth stays in the test's hands), no job server.</summary>
    public static ConsoleHostOptions HostOptions(string connectionString, SimulatorHost simulator, TimeProvider time) => new(connectionString)
    {
        Simulator = simulator,
        Time = time,
        Settings = new Dictionary<string, string?> { ["Graph:ThrottleBackoffSeconds"] = "0", ["Graph:MaxRetryWaitSeconds"] = "5" },
    };

    public async Task<int> AuditCountAsync(string userId)
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.CountAsync(e => e.TargetUserObjectId == userId, TestContext.Current.CancellationToken);
    }

    public IReadOnlyList<MutationRecord> MutationsFor(string userId) =>
        [.. Simulator.Mutations.Where(m => m.UserId?.ToString() == userId && m.Action != "addPhoneMethod")];

    public static string Field(string html, string name) =>
        FieldPattern(name).Match(html) is { Success: true } match ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No field {name} in the page.");

    private static Regex FieldPattern(string name) => new($"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, simulator, database);
}

[CollectionDefinition(Name)]
public sealed class ActionsWebCollection : ICollectionFixture<ActionsWebFixture>
{
    public const string Name = "actions-web";
}
