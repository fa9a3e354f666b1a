using MspConsole.Core.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

public sealed class TenantGraphClientReadTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task ReadRegistrationPages_FollowsNextLinks_ReturnsEveryEnabledUserOnce()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);

        var pages = new List<IReadOnlyList<UserRegistration>>();
        await foreach (var page in client.ReadRegistrationPagesAsync(Ct))
        {
            pages.Add(page);
        }

        var expected = UsersOf(tenant).Where(u => u.AccountEnabled).Select(u => u.Id.ToString()).Order().ToList();
        var actual = pages.SelectMany(p => p).Select(r => r.Id).ToList();
        Assert.True(pages.Count >= 4, $"Expected several pages of 5, got {pages.Count}.");
        Assert.All(pages, p => Assert.InRange(p.Count, 1, 5));
        Assert.Equal(actual.Count, actual.Distinct().Count());
        Assert.Equal(expected, actual.Order().ToList());
        Assert.Equal(pages.Count, client.CallCounts.Requests);
    }

    [Fact]
    public async Task ReadRegistrationPages_MapsEveryFieldOfTheReport()
    {
        var tenant = Simulator.LicensedTenant;
        var rows = await ReadAllAsync(ClientFor(tenant).ReadRegistrationPagesAsync(Ct));

        foreach (var row in rows)
        {
            var truth = State.GetRegistration(tenant.Id, Guid.Parse(row.Id))!; // the row came from the report, so it exists
            Assert.Equal(truth.UserPrincipalName, row.UserPrincipalName);
            Assert.Equal(truth.UserDisplayName, row.DisplayName);
            Assert.Equal(truth.UserType == "guest", row.IsGuest);
            Assert.Equal(truth.IsAdmin, row.IsAdmin);
            Assert.Equal(truth.IsMfaRegistered, row.IsMfaRegistered);
            Assert.Equal(truth.IsMfaCapable, row.IsMfaCapable);
            Assert.Equal(truth.IsSsprRegistered, row.IsSsprRegistered);
            Assert.Equal(truth.IsPasswordlessCapable, row.IsPasswordlessCapable);
            Assert.Equal(truth.MethodsRegistered, row.MethodsRegistered);
            Assert.Equal(truth.LastUpdatedDateTime.ToUnixTimeSeconds(), row.LastUpdated?.ToUnixTimeSeconds());
        }

        Assert.Contains(rows, r => r.IsMfaRegistered);
        Assert.Contains(rows, r => !r.IsMfaRegistered);
    }

    [Fact]
    public async Task ReadRegistrationPages_UnlicensedTenant_ThrowsNotLicensedWithRequestId()
    {
        var client = ClientFor(Simulator.UnlicensedTenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => ReadAllAsync(client.ReadRegistrationPagesAsync(Ct)));

        Assert.Equal(GraphFailureKind.NotLicensed, failure.Kind);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
    }

    [Fact]
    public async Task ReadUserPages_WithTopOfTen_ReturnsEveryUserIncludingDisabledOnce()
    {
        var tenant = Simulator.LicensedTenant;
        var client = ClientFor(tenant);

        var pages = new List<IReadOnlyList<DirectoryUser>>();
        await foreach (var page in client.ReadUserPagesAsync(Ct))
        {
            pages.Add(page);
        }

        var truth = UsersOf(tenant).ToDictionary(u => u.Id.ToString());
        var users = pages.SelectMany(p => p).ToList();
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.InRange(p.Count, 1, 10));
        Assert.Equal(truth.Keys.Order(), users.Select(u => u.Id).Order());
        Assert.All(users, u =>
        {
            var expected = truth[u.Id];
            Assert.Equal(expected.UserPrincipalName, u.UserPrincipalName);
            Assert.Equal(expected.UserType == "Guest", u.IsGuest);
            Assert.Equal(expected.AccountEnabled, u.AccountEnabled);
        });
    }

    [Fact]
    public async Task GetMethods_ReturnsEachMethodWithItsKindAndDetails()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Count >= 3);

        var methods = await ClientFor(tenant).GetMethodsAsync(user.Id.ToString(), Ct);

        Assert.Equal(user.Methods.Select(IdOf).Order(), methods.Select(m => m.Id).Order());
        foreach (var json in user.Methods)
        {
            var method = methods.Single(m => m.Id == IdOf(json));
            var type = TypeOf(json);
            Assert.Equal(type["#microsoft.graph.".Length..], method.GraphType);
            Assert.NotEqual(AuthenticationMethodKind.Other, method.Kind);
            if (method.Kind == AuthenticationMethodKind.Phone)
            {
                Assert.Equal(json["phoneNumber"]!.GetValue<string>(), method.PhoneNumber);
                Assert.Equal(json["phoneType"]!.GetValue<string>(), method.PhoneType switch
                {
                    PhoneType.Mobile => "mobile",
                    PhoneType.AlternateMobile => "alternateMobile",
                    _ => "office",
                });
            }

            if (method.Kind == AuthenticationMethodKind.Email)
            {
                Assert.Equal(json["emailAddress"]!.GetValue<string>(), method.EmailAddress);
            }
        }
    }

    [Fact]
    public async Task GetUserAndRegistration_ForUnknownUser_ReturnNull()
    {
        var client = ClientFor(Simulator.LicensedTenant);
        var unknown = Guid.NewGuid().ToString();

        Assert.Null(await client.GetUserAsync(unknown, Ct));
        Assert.Null(await client.GetRegistrationAsync(unknown, Ct));
        Assert.Null(await client.GetRegistrationFromMethodsAsync(unknown, Ct));
    }

    [Fact]
    public async Task GetRegistration_ForOneUser_MatchesTheReportRow()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Count >= 2);

        var row = await ClientFor(tenant).GetRegistrationAsync(user.Id.ToString(), Ct);

        var truth = State.GetRegistration(tenant.Id, user.Id)!; // an enabled member is in the report
        Assert.NotNull(row);
        Assert.Equal(truth.MethodsRegistered, row.MethodsRegistered);
        Assert.Equal(truth.IsMfaRegistered, row.IsMfaRegistered);
    }

    [Fact]
    public async Task ClientForTenantA_CannotReadAUserOfTenantB()
    {
        var userOfB = FindUser(Simulator.UnlicensedTenant, _ => true);
        var clientForA = ClientFor(Simulator.LicensedTenant);

        Assert.Null(await clientForA.GetUserAsync(userOfB.Id.ToString(), Ct));
        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => clientForA.GetMethodsAsync(userOfB.Id.ToString(), Ct));
        Assert.Equal(GraphFailureKind.NotFound, failure.Kind);
        Assert.NotNull(await ClientFor(Simulator.UnlicensedTenant).GetUserAsync(userOfB.Id.ToString(), Ct));
    }

    internal static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
    {
        var all = new List<T>();
        await foreach (var page in pages)
        {
            all.AddRange(page);
        }

        return all;
    }
}
