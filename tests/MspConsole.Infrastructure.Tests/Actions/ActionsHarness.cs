using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Harness;

namespace MspConsole.Infrastructure.Tests.Actions;

/// <summary>The real infrastructure against the simulator, with one writable tenant polled into the database and a movable clock.</summary>
public sealed class ActionsHarness : IAsyncLifetime
{
    public static readonly AuditActor Hugo = new("6a1c0000-0000-4000-8000-00000000b001", "hugo.helpdesk@msp.example", "Helpdesk", "127.0.0.1", "corr-hugo");
    public static readonly AuditActor Ada = new("6a1c0000-0000-4000-8000-00000000a001", "ada.admin@msp.example", "Admin", "127.0.0.2", "corr-ada");

    private ConsoleHarness? harness;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public ConsoleHarness Console => harness ?? throw new InvalidOperationException("Not initialised.");

    public SimulatorState Simulator => Console.Simulator.State;

    public Guid TenantId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 4, Seed = 3 }, Clock);
        await harness.OnboardAllTenantsAsync(cancellationToken);
        TenantId = harness.Simulator.State.GetTenantSummaries()
            .First(t => t.Consented && t.Licensed && t.GrantedRoles.Contains(Permissions.MethodsReadWrite) && t.GrantedRoles.Contains(Permissions.RevokeSessions)).Id;
        await harness.PollAsync(TenantId, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (harness is not null)
        {
            await harness.DisposeAsync();
        }
    }

    /// <summary>A new member with the given phones (added through Graph, so Entra's default rules apply), known to the console.</summary>
    public async Task<string> AddUserAsync(bool isAdmin = false, params (PhoneType Type, string Number)[] phones)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var user = Simulator.AddUser(TenantId, "Ana Test " + Guid.NewGuid().ToString("N")[..6], isAdmin: isAdmin) ?? throw new InvalidOperationException("No tenant.");
        var userId = user.Id.ToString();
        await using var scope = Console.Services.CreateAsyncScope();
        var graph = scope.ServiceProvider.GetRequiredService<ITenantGraphClientFactory>().ForTenant(TenantId);
        foreach (var (type, number) in phones)
        {
            await graph.AddPhoneAsync(userId, type, number, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(TenantId, userId, cancellationToken);
        return userId;
    }

    /// <summary>A user of the generated dataset matching the predicate, known to the console from the poll.</summary>
    public string FindUser(Func<UserSummary, bool> predicate) =>
        Simulator.GetUsers(TenantId)!.First(u => u.UserType == "Member" && u.AccountEnabled && predicate(u)).Id.ToString();

    public UserSummary GroundTruth(string userId) => Simulator.GetUser(TenantId, userId) ?? throw new InvalidOperationException("User gone.");

    public async Task<HelpdeskActionResult> RunAsync(HelpdeskAction action, string userId, ActionParameters? parameters = null, AuditActor? actor = null)
    {
        await using var scope = Console.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<HelpdeskActionService>();
        return await service.ExecuteAsync(Command(action, userId, parameters), actor ?? Hugo, TestContext.Current.CancellationToken);
    }

    public ActionCommand Command(HelpdeskAction action, string userId, ActionParameters? parameters = null) =>
        new(TenantId, userId, action, parameters ?? new ActionParameters(), "Caller reports a wrong number", "INC-4711",
            "Called back on a phone number already registered for the user");

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Console.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public async Task<List<AuditEntry>> AuditForAsync(string userId)
    {
        await using var db = Console.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().Where(e => e.TargetUserObjectId == userId).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The Graph writes on the user, without the phones the test set up.</summary>
    public IReadOnlyList<MutationRecord> MutationsFor(string userId) =>
        [.. Simulator.Mutations.Where(m => m.UserId?.ToString() == userId && m.Action != "addPhoneMethod")];

    public static IEnumerable<string> Types(UserSummary user) => user.Methods.Select(m => m["@odata.type"]!.GetValue<string>());

    public static string? Phone(UserSummary user, string phoneType) => user.Methods
        .FirstOrDefault(m => m["phoneType"]?.GetValue<string>() == phoneType)?["phoneNumber"]?.GetValue<string>();
}
