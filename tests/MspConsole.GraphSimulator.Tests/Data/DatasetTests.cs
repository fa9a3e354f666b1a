using System.Diagnostics;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Tests.Data;

public sealed class DatasetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void SameSeed_GivesSameTenantsUsersAndMethods_OtherSeedDiffers()
    {
        var a = new SimulatorState(new SimulatorOptions { Seed = 42 });
        var b = new SimulatorState(new SimulatorOptions { Seed = 42 });
        var c = new SimulatorState(new SimulatorOptions { Seed = 43 });

        Assert.Equal(a.GetTenantSummaries(), b.GetTenantSummaries(), SummaryEquals);
        var usersA = a.GetUsers(a.Tenants[7].Id)!;
        var usersB = b.GetUsers(b.Tenants[7].Id)!;
        Assert.Equal(usersA.Select(Describe), usersB.Select(Describe));
        Assert.NotEqual(a.Tenants[7].Id, c.Tenants[7].Id);
    }

    [Fact]
    public void Tenant_IsReproducibleOnItsOwn_RegardlessOfDatasetSize()
    {
        var small = new SimulatorState(new SimulatorOptions { Tenants = 10 });
        var large = new SimulatorState(new SimulatorOptions { Tenants = 200 });

        Assert.Equal(small.Tenants[9].Profile, large.Tenants[9].Profile);
        Assert.Equal(small.GetUsers(small.Tenants[9].Id)!.Select(Describe), large.GetUsers(large.Tenants[9].Id)!.Select(Describe));
    }

    [Fact]
    public void ThousandTenants_MedianAtMost50_LargestAtLeast1000_AndMixOfCases()
    {
        var stopwatch = Stopwatch.StartNew();
        var state = new SimulatorState(new SimulatorOptions { Tenants = 1000 });
        var summaries = state.GetTenantSummaries();
        stopwatch.Stop();

        var sizes = summaries.Select(s => s.UserCount).Order().ToList();
        Assert.Equal(1000, summaries.Count);
        Assert.True(sizes[499] <= 50, $"median {sizes[499]}");
        Assert.True(sizes[^1] >= 1000, $"max {sizes[^1]}");
        Assert.True(sizes[^1] <= 20_000 && sizes[0] >= 3);
        Assert.InRange(sizes.Sum(), 150_000, 300_000);
        Assert.InRange(summaries.Count(s => !s.Licensed), 100, 300);
        Assert.InRange(summaries.Count(s => !s.Consented), 20, 120);
        Assert.InRange(summaries.Count(s => s.SecurityDefaults), 50, 300);
        Assert.Equal(1000, summaries.Select(s => s.DefaultDomain).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        TestContext.Current.SendDiagnosticMessage($"Tenant list of 1,000 tenants in {stopwatch.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void ThousandTenants_AllUsersGenerate_WithRealisticMix()
    {
        var state = new SimulatorState(new SimulatorOptions { Tenants = 1000 });
        var stopwatch = Stopwatch.StartNew();
        var users = state.Tenants.SelectMany(t => state.GetUsers(t.Id)!).ToList();
        stopwatch.Stop();

        // Timing is reported, not asserted: the test machine's load is not the simulator's speed.
        TestContext.Current.SendDiagnosticMessage($"Generated {users.Count} users of 1,000 tenants in {stopwatch.Elapsed.TotalSeconds:F1} s");
        var members = users.Where(u => u.UserType == "Member" && u.AccountEnabled).ToList();
        var mfaCounts = members.Select(u => u.Methods.Count(IsMfa)).ToList();
        Assert.InRange(mfaCounts.Count(c => c == 0) / (double)members.Count, 0.1, 0.45);
        Assert.InRange(mfaCounts.Count(c => c == 1) / (double)members.Count, 0.1, 0.45);
        Assert.InRange(mfaCounts.Count(c => c >= 2) / (double)members.Count, 0.2, 0.6);
        Assert.Contains(users, u => u.IsAdmin && !u.Methods.Any(IsMfa));
        Assert.Contains(users, u => u.UserType == "Guest");
        foreach (var type in new[] { "email", "office", "alternateMobile", "fido2", "softwareOath", "windowsHelloForBusiness" })
        {
            Assert.Contains(users, u => u.Methods.Any(m => m.ToJsonString().Contains(type, StringComparison.OrdinalIgnoreCase)));
        }

        Assert.Contains(users, u => u.DisplayName.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(users, u => u.DisplayName.Length > 100);
        Assert.Contains(users, u => u.PerUserMfaState == "enforced");
    }

    [Fact]
    public async Task HostWithThousandTenants_Starts()
    {
        var stopwatch = Stopwatch.StartNew();
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 1000 }, Ct);
        stopwatch.Stop();

        Assert.Equal(1000, host.State.Tenants.Count);
        TestContext.Current.SendDiagnosticMessage($"Simulator started in {stopwatch.Elapsed.TotalSeconds:F2} s");
    }

    private static bool IsMfa(System.Text.Json.Nodes.JsonObject method) =>
        method["@odata.type"]!.GetValue<string>() is not ("#microsoft.graph.passwordAuthenticationMethod"
            or "#microsoft.graph.emailAuthenticationMethod" or "#microsoft.graph.temporaryAccessPassAuthenticationMethod");

    private static bool SummaryEquals(TenantSummary x, TenantSummary y) =>
        (x.Id, x.DefaultDomain, x.DisplayName, x.Consented, x.Licensed, x.UserCount) == (y.Id, y.DefaultDomain, y.DisplayName, y.Consented, y.Licensed, y.UserCount);

    private static string Describe(UserSummary u) =>
        $"{u.Id}|{u.UserPrincipalName}|{u.DisplayName}|{u.IsAdmin}|{string.Join(",", u.RoleTemplateIds)}|{u.PerUserMfaState}|{u.DefaultMethod}|{string.Join(";", u.Methods.Select(m => m.ToJsonString()))}";
}
