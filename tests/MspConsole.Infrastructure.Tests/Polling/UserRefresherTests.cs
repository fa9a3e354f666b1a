using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Harness;

namespace MspConsole.Infrastructure.Tests.Polling;

public sealed class UserRefresherTests
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refresh_DisabledUser_IsDisabledNotRemoved_AndReenabledGetsItsStatusBack(bool licensed)
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 12, Seed = 7 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var state = harness.Simulator.State;
        var tenant = state.GetTenantSummaries().First(s => s.Consented && s.Licensed == licensed);
        await harness.PollAsync(tenant.Id, cancellation);
        var user = state.GetUsers(tenant.Id)!.First(u => u.AccountEnabled && u.UserType == "Member" && GroundTruth.ExpectedStatus(u) == MfaStatus.Resilient);

        state.SetAccountEnabled(tenant.Id, user.Id, enabled: false);
        var disabled = await RefreshAsync(harness, tenant.Id, user.Id.ToString());
        state.SetAccountEnabled(tenant.Id, user.Id, enabled: true);
        var enabled = await RefreshAsync(harness, tenant.Id, user.Id.ToString());

        Assert.Equal((MfaStatus.Disabled, (DateTimeOffset?)null), (disabled!.Status, disabled.RemovedAt));
        Assert.Equal(MfaStatus.Resilient, enabled!.Status);
        Assert.Null(enabled.DisabledAt);
    }

    [Fact]
    public async Task Refresh_UserGoneFromUsers_IsMarkedRemoved()
    {
        await using var harness = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 3, Seed = 3 });
        await harness.OnboardAllTenantsAsync(cancellation);
        var tenant = harness.Simulator.State.GetTenantSummaries().First(s => s.Consented);
        await harness.PollAsync(tenant.Id, cancellation);
        var user = harness.Simulator.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled);

        harness.Simulator.State.RemoveUser(tenant.Id, user.Id);
        var refreshed = await RefreshAsync(harness, tenant.Id, user.Id.ToString());

        Assert.NotNull(refreshed!.RemovedAt);
    }

    private async Task<TenantUser?> RefreshAsync(ConsoleHarness harness, Guid tenantId, string objectId)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserRefresher>().RefreshAsync(tenantId, objectId, cancellation);
    }
}
