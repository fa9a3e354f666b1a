using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.GraphSimulator.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

public sealed class TenantDiscoveryTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    private ITenantDiscovery Discovery => Services.GetRequiredService<ITenantDiscovery>();

    [Fact]
    public async Task ResolveTenantId_ByDefaultDomain_ReturnsTheTenantsId()
    {
        var tenant = Simulator.UnlicensedTenant;

        Assert.Equal(tenant.Id, await Discovery.ResolveTenantIdAsync(tenant.DefaultDomain, Ct));
        Assert.Equal(tenant.Id, await Discovery.ResolveTenantIdAsync(tenant.DefaultDomain.ToUpperInvariant(), Ct));
    }

    [Theory]
    [InlineData("no-such-tenant.example")]
    [InlineData("not a domain")]
    [InlineData("evil.example/../x")]
    public async Task ResolveTenantId_ForAnUnknownOrMalformedDomain_ReturnsNull(string domain)
    {
        Assert.Null(await Discovery.ResolveTenantIdAsync(domain, Ct));
    }

    [Fact]
    public async Task TestConnection_OnAHealthyLicensedTenant_IsReady()
    {
        var result = await Discovery.TestConnectionAsync(Simulator.LicensedTenant.Id, Ct);

        Assert.True(result.IsReady, string.Join(" | ", result.Problems));
        Assert.True(result.RegistrationReportAvailable);
        Assert.Empty(result.Problems);
        Assert.Equal(4, result.Checks.Count);
        Assert.All(result.Checks, c => Assert.Equal(ConnectionCheckOutcome.Ok, c.Outcome));
    }

    [Fact]
    public async Task TestConnection_OnAnUnlicensedTenant_IsReadyButSaysTheReportIsMissing()
    {
        var result = await Discovery.TestConnectionAsync(Simulator.UnlicensedTenant.Id, Ct);

        Assert.True(result.IsReady);
        Assert.False(result.RegistrationReportAvailable);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("P1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnection_WithoutConsent_SaysConsentIsMissing()
    {
        var result = await Discovery.TestConnectionAsync(Simulator.UnconsentedTenant.Id, Ct);

        Assert.False(result.IsReady);
        Assert.Equal(GraphFailureKind.ConsentMissing, result.TokenFailure);
        Assert.Contains("consent", Assert.Single(result.Problems), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TestConnection_WithPermissionsMissing_NamesThem()
    {
        var tenant = State.Tenants[4];
        tenant.Consented = true;
        tenant.RemoveRole(Permissions.AuditLogRead);
        tenant.RemoveRole(Permissions.PolicyRead);
        try
        {
            var result = await Discovery.TestConnectionAsync(tenant.Id, Ct);

            Assert.False(result.IsReady);
            Assert.Equal(["AuditLog.Read.All", "Policy.Read.All"], result.MissingPermissions.Order());
            Assert.Equal(2, result.Problems.Count);
            Assert.All(result.Problems, p => Assert.Contains("admin consent", p, StringComparison.Ordinal));
        }
        finally
        {
            tenant.GrantRole(Permissions.AuditLogRead);
            tenant.GrantRole(Permissions.PolicyRead);
        }
    }

    [Fact]
    public async Task TestConnection_ForAnUnknownTenant_SaysSo()
    {
        var result = await Discovery.TestConnectionAsync(Guid.NewGuid(), Ct);

        Assert.Equal(GraphFailureKind.UnknownTenant, result.TokenFailure);
        Assert.Empty(result.Checks);
    }
}
