using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>Throttling, token and permission failures become GraphFailureKinds. Queued faults are exactly as many as a
/// test consumes (the fixture's MaxRetries is 2: three attempts), so none leak into the next test.</summary>
public sealed class GraphFailureMappingTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task OneThrottledResponse_IsRetriedAfterItsRetryAfter_AndCounted()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, _ => true);
        var client = ClientFor(tenant);
        State.Faults.FailNext(tenant.Id, count: 1, statusCode: 429, retryAfterSeconds: 1);

        var watch = Stopwatch.StartNew();
        var found = await client.GetUserAsync(user.Id.ToString(), Ct);
        watch.Stop();

        Assert.NotNull(found);
        Assert.Equal(new GraphCallCounts(Requests: 2, ThrottledResponses: 1, Retries: 1), client.CallCounts);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retried after {watch.Elapsed}, before Retry-After.");
    }

    [Fact]
    public async Task PersistentThrottling_SurfacesThrottledWithRetryAfter()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);
        State.Faults.FailNext(tenant.Id, count: 3, statusCode: 429, retryAfterSeconds: 1);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetMethodsAsync(FindUser(tenant, _ => true).Id.ToString(), Ct));

        Assert.Equal(GraphFailureKind.Throttled, failure.Kind);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        // MaxRetries is 2 in the fixture: the first attempt and two retries, all throttled.
        Assert.Equal(new GraphCallCounts(Requests: 3, ThrottledResponses: 3, Retries: 2), client.CallCounts);
    }

    [Fact]
    public async Task PersistentServiceUnavailable_SurfacesTransient()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);
        State.Faults.FailNext(tenant.Id, count: 3, statusCode: 503, retryAfterSeconds: 0);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetEnforcementPostureAsync(Ct));

        Assert.Equal(GraphFailureKind.Transient, failure.Kind);
        Assert.Equal(3, client.CallCounts.ThrottledResponses);
    }

    [Fact]
    public async Task TenantWithoutConsent_FailsWithConsentMissing()
    {
        var client = ClientFor(Simulator.UnconsentedTenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetUserAsync("anyone", Ct));

        Assert.Equal(GraphFailureKind.ConsentMissing, failure.Kind);
        Assert.Equal("AADSTS700016", failure.ErrorCode);
        Assert.True(failure.IsSetupProblem);
    }

    [Fact]
    public async Task ConsentRevokedAfterTheTokenWasIssued_FailsWithConsentMissing()
    {
        var tenant = State.Tenants[4];
        tenant.Consented = true;
        var client = ClientFor(tenant);
        Assert.NotNull(await client.GetUserAsync(FindUser(tenant, _ => true).Id.ToString(), Ct));

        tenant.Consented = false;
        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => ReadFirstPageAsync(client));

        Assert.Equal(GraphFailureKind.ConsentMissing, failure.Kind);
    }

    [Fact]
    public async Task WrongClientSecret_FailsWithInvalidCredentials()
    {
        using var services = Simulator.CreateGraphServices(settings => settings["Graph:ClientSecret"] = "not-the-secret");
        var client = services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(Simulator.LicensedTenant.Id);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetUserAsync("anyone", Ct));

        Assert.Equal(GraphFailureKind.InvalidCredentials, failure.Kind);
        Assert.Equal("AADSTS7000215", failure.ErrorCode);
    }

    [Fact]
    public async Task UnknownTenant_FailsWithUnknownTenant()
    {
        var client = ClientFor(Guid.NewGuid());

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetUserAsync("anyone", Ct));

        Assert.Equal(GraphFailureKind.UnknownTenant, failure.Kind);
    }

    [Fact]
    public async Task PermissionNotGranted_FailsWithPermissionMissingAndRequestId()
    {
        var tenant = State.Tenants[5];
        tenant.Consented = true;
        tenant.RemoveRole(Permissions.UserRead);
        try
        {
            var client = ClientFor(tenant);

            var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetUserAsync("anyone", Ct));

            Assert.Equal(GraphFailureKind.PermissionMissing, failure.Kind);
            Assert.Equal("Authorization_RequestDenied", failure.ErrorCode);
            Assert.False(string.IsNullOrEmpty(failure.RequestId));
        }
        finally
        {
            tenant.GrantRole(Permissions.UserRead);
        }
    }

    private static async Task ReadFirstPageAsync(ITenantGraphClient client)
    {
        await using var pages = client.ReadUserPagesAsync(Ct).GetAsyncEnumerator(Ct);
        await pages.MoveNextAsync();
    }
}
