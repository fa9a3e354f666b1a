using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>Per test: a fresh service provider (own token cache) with the console's Graph registration against the class's simulator.</summary>
public abstract class GraphTestBase(SimulatorFixture simulator) : IDisposable
{
    private ServiceProvider? services;

    protected SimulatorFixture Simulator { get; } = simulator;

    protected SimulatorState State => Simulator.State;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ServiceProvider Services => services ??= Simulator.CreateGraphServices();

    protected ITenantGraphClient ClientFor(SimTenant tenant) => ClientFor(tenant.Id);

    protected ITenantGraphClient ClientFor(Guid tenantId) => Services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenantId);

    protected IReadOnlyList<UserSummary> UsersOf(SimTenant tenant) => State.GetUsers(tenant.Id) ?? throw new InvalidOperationException("Unknown tenant.");

    protected UserSummary UserOf(SimTenant tenant, Guid userId) => State.GetUser(tenant.Id, userId.ToString()) ?? throw new InvalidOperationException("Unknown user.");

    protected static string TypeOf(JsonObject method) => method["@odata.type"]!.GetValue<string>(); // Graph always sends @odata.type.

    protected static string IdOf(JsonObject method) => method["id"]!.GetValue<string>(); // Graph always sends id.

    /// <summary>An enabled member whose methods satisfy <paramref name="predicate"/> and who is not used by another test of the class.</summary>
    protected UserSummary FindUser(SimTenant tenant, Func<UserSummary, bool> predicate, int skip = 0) =>
        UsersOf(tenant).Where(u => u.AccountEnabled && u.UserType == "Member" && predicate(u)).Skip(skip).FirstOrDefault()
        ?? throw new InvalidOperationException("The dataset has no such user; adjust the test.");

    public void Dispose()
    {
        services?.Dispose();
        GC.SuppressFinalize(this);
    }
}
