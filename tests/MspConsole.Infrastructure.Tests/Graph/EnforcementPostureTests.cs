using MspConsole.Core.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

public sealed class EnforcementPostureTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task LicensedTenant_CountsEnabledPoliciesRequiringMfa_NotReportOnlyOnes()
    {
        var tenant = Simulator.LicensedTenant;

        var posture = await ClientFor(tenant).GetEnforcementPostureAsync(Ct);

        Assert.True(posture.ConditionalAccessAvailable);
        Assert.Equal(tenant.SecurityDefaults, posture.SecurityDefaultsEnabled);
        Assert.Contains("Require MFA for all users", posture.RequiringMfaPolicyNames);
        Assert.DoesNotContain(posture.RequiringMfaPolicyNames, n => n.Contains("report-only", StringComparison.Ordinal));
        Assert.DoesNotContain(posture.RequiringMfaPolicyNames, n => n.Contains("legacy", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(posture.RequiringMfaPolicyNames.Count, posture.PoliciesRequiringMfa);
        Assert.True(posture.EnforcesMfa);
    }

    [Fact]
    public async Task UnlicensedTenant_HasNoConditionalAccess_AndReportsSecurityDefaults()
    {
        var tenant = Simulator.UnlicensedTenant;

        var posture = await ClientFor(tenant).GetEnforcementPostureAsync(Ct);

        Assert.False(posture.ConditionalAccessAvailable);
        Assert.Equal(0, posture.PoliciesRequiringMfa);
        Assert.Equal(tenant.SecurityDefaults, posture.SecurityDefaultsEnabled);
        Assert.Equal(tenant.SecurityDefaults, posture.EnforcesMfa);
    }

    [Fact]
    public async Task SecurityDefaultsSwitchedOn_IsSeenOnTheNextRead()
    {
        var tenant = Simulator.UnlicensedTenant;
        var before = tenant.SecurityDefaults;
        try
        {
            tenant.SecurityDefaults = !before;

            var posture = await ClientFor(tenant).GetEnforcementPostureAsync(Ct);

            Assert.Equal(!before, posture.SecurityDefaultsEnabled);
        }
        finally
        {
            tenant.SecurityDefaults = before;
        }
    }

    [Fact]
    public async Task PerUserMfaState_ComesFromTheBetaRequirements()
    {
        var tenant = Simulator.LicensedTenant;
        var users = UsersOf(tenant).Where(u => u.AccountEnabled).Take(6).ToList();
        var client = ClientFor(tenant);

        foreach (var user in users)
        {
            var state = await client.GetPerUserMfaStateAsync(user.Id.ToString(), Ct);
            Assert.Equal(user.PerUserMfaState, state.ToString(), ignoreCase: true);
        }

        var unknown = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetPerUserMfaStateAsync(Guid.NewGuid().ToString(), Ct));
        Assert.Equal(GraphFailureKind.NotFound, unknown.Kind);
    }
}
