using MspConsole.Core.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>Tenants without Entra ID P1 are read user by user; the result must classify users as the report would.</summary>
public sealed class RegistrationFallbackTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    // The methods list cannot show that an Authenticator is also set up for passwordless phone sign-in.
    private const string AuthenticatorPasswordless = "microsoftAuthenticatorPasswordless";

    [Fact]
    public async Task Fallback_ForALicensedTenant_GivesTheReportsMfaStatusesAndMethodNames()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);

        var report = (await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesAsync(Ct))).ToDictionary(r => r.Id);
        var fallback = await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesFromMethodsAsync(Ct));

        Assert.Equal(report.Keys.Order(), fallback.Select(f => f.Id).Order());
        Assert.All(fallback, f => AssertSameClassification(report[f.Id], f));
        Assert.Contains(fallback, f => f.IsMfaRegistered);
        Assert.Contains(fallback, f => !f.IsMfaRegistered);
    }

    [Fact]
    public async Task Fallback_ForAnUnlicensedTenant_MatchesTheGroundTruthRegistration()
    {
        var tenant = Simulator.UnlicensedTenant;
        var client = ClientFor(tenant);
        await Assert.ThrowsAsync<GraphFailureException>(() => TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesAsync(Ct)));

        var fallback = await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesFromMethodsAsync(Ct));

        var enabled = UsersOf(tenant).Where(u => u.AccountEnabled).Select(u => u.Id.ToString()).Order().ToList();
        Assert.Equal(enabled, fallback.Select(f => f.Id).Order());
        foreach (var row in fallback)
        {
            var truth = State.GetRegistration(tenant.Id, Guid.Parse(row.Id))!; // enabled users have a registration row
            var expected = new UserRegistration(truth.Id, truth.UserPrincipalName, truth.UserDisplayName, truth.UserType == "guest",
                truth.IsAdmin, truth.IsMfaRegistered, truth.IsMfaCapable, truth.IsSsprRegistered, truth.IsPasswordlessCapable,
                truth.MethodsRegistered, null, truth.LastUpdatedDateTime);
            AssertSameClassification(expected, row);
        }
    }

    [Fact]
    public async Task GetRegistrationFromMethods_ForOneUser_MatchesTheReportRow()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Count >= 3);
        var client = ClientFor(tenant);

        var fromReport = await client.GetRegistrationAsync(user.Id.ToString(), Ct);
        var fromMethods = await client.GetRegistrationFromMethodsAsync(user.Id.ToString(), Ct);

        Assert.NotNull(fromReport);
        Assert.NotNull(fromMethods);
        AssertSameClassification(fromReport, fromMethods);
    }

    private static void AssertSameClassification(UserRegistration report, UserRegistration fallback)
    {
        Assert.Equal(report.UserPrincipalName, fallback.UserPrincipalName);
        Assert.Equal(report.DisplayName, fallback.DisplayName);
        Assert.Equal(report.IsGuest, fallback.IsGuest);
        Assert.Equal(report.IsMfaRegistered, fallback.IsMfaRegistered);
        Assert.Equal(report.IsMfaCapable, fallback.IsMfaCapable);
        Assert.Equal(
            report.MethodsRegistered.Where(m => m != AuthenticatorPasswordless).Order(),
            fallback.MethodsRegistered.Order());
        if (!report.MethodsRegistered.Contains(AuthenticatorPasswordless))
        {
            Assert.Equal(report.IsPasswordlessCapable, fallback.IsPasswordlessCapable);
        }

        // Software OATH counts for SSPR in Entra ("MFA and SSPR"); the simulator leaves it out, so compare only without it.
        if (!report.MethodsRegistered.Contains(RegistrationMethodNames.SoftwareOneTimePasscode))
        {
            Assert.Equal(report.IsSsprRegistered, fallback.IsSsprRegistered);
        }
    }
}
