using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Control;

public sealed class ControlApiTests
{
    private const string Report = "v1.0/reports/authenticationMethods/userRegistrationDetails";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tenants_ListsIdDomainFlagsAndUserCount()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        var tenants = await client.Http.GetFromJsonAsync<JsonArray>("_simulator/tenants", Ct);

        Assert.Equal(25, tenants!.Count);
        var first = tenants[0]!;
        Assert.Equal(client.Tenant(0).Id.ToString(), first["id"]!.GetValue<string>());
        Assert.EndsWith(".example", first["defaultDomain"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(first["consented"]!.GetValue<bool>());
        Assert.True(first["licensed"]!.GetValue<bool>());
        Assert.Equal(24, first["userCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task PatchUser_DisablesAndReenables_AsGraphAndGroundTruthShowIt()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled && u.UserType == "Member");
        var token = await client.TokenAsync(tenant);
        var path = $"_simulator/tenants/{tenant.Id}/users/{user.Id}";

        using var disable = await client.Http.PatchAsJsonAsync(path, new { accountEnabled = false }, Ct);
        var truth = await disable.Content.ReadFromJsonAsync<JsonObject>(Ct);
        var listed = (await client.GetAllPagesAsync("v1.0/users?$select=id,accountEnabled&$top=999", token)).Items
            .Single(u => u["id"]!.GetValue<string>() == user.Id.ToString());
        using var reportRow = await client.GetAsync($"{Report}/{user.Id}", token);
        var reported = (await client.GetAllPagesAsync(Report + "?$top=999", token)).Items.Select(r => r["id"]!.GetValue<string>()).ToList();

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.False(truth!["accountEnabled"]!.GetValue<bool>());
        Assert.False(listed["accountEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, reportRow.StatusCode);
        Assert.DoesNotContain(user.Id.ToString(), reported);

        using var enable = await client.Http.PatchAsJsonAsync(path, new { accountEnabled = true }, Ct);
        using var back = await client.GetAsync($"{Report}/{user.Id}", token);

        Assert.True(host.State.GetUser(tenant.Id, user.Id.ToString())!.AccountEnabled);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task PatchUser_WithoutAccountEnabledOrUnknown_Returns400Or404()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = host.State.GetUsers(tenant.Id)![0];

        using var empty = await client.Http.PatchAsJsonAsync($"_simulator/tenants/{tenant.Id}/users/{user.Id}", new { }, Ct);
        using var unknown = await client.Http.PatchAsJsonAsync($"_simulator/tenants/{tenant.Id}/users/{Guid.NewGuid()}", new { accountEnabled = false }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Register_AdvancesUnregisteredUsers_AndReportShowsIt()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var filter = "?$filter=" + Uri.EscapeDataString("isMfaRegistered eq false and userType eq 'member'") + "&$top=999";
        var before = (await client.GetAllPagesAsync(Report + filter, token)).Items.Count;

        using var response = await client.Http.PostAsync($"_simulator/tenants/{tenant.Id}/register?count=10", null, Ct);
        var after = (await client.GetAllPagesAsync(Report + filter, token)).Items.Count;

        Assert.Equal(10, (await SimulatorClient.ReadJsonAsync(response))["registered"]!.GetValue<int>());
        Assert.Equal(before - 10, after);
    }

    [Fact]
    public async Task AddAndRemoveUser_ChangeWhatGraphReturns()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);

        using var added = await client.Http.PostAsJsonAsync($"_simulator/tenants/{tenant.Id}/users",
            new { displayName = "Nieuwe Collega", userPrincipalName = "nieuw@" + tenant.DefaultDomain, userType = "Member", isAdmin = true }, Ct);
        var id = (await SimulatorClient.ReadJsonAsync(added))["id"]!.GetValue<string>();
        var report = await client.GetJsonAsync($"{Report}/{id}", token);
        using var removed = await client.Http.DeleteAsync($"_simulator/tenants/{tenant.Id}/users/{id}", Ct);
        using var gone = await client.GetAsync($"v1.0/users/{id}", token);

        Assert.True(report["isAdmin"]!.GetValue<bool>());
        Assert.False(report["isMfaRegistered"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task RegisterPhone_AddsTheNumberGraphThenLists_AndRefusesUnknownTypes()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        var user = host.State.AddUser(tenant.Id, "Typo Tom")!;

        using var added = await client.Http.PostAsJsonAsync($"_simulator/tenants/{tenant.Id}/users/{user.Id}/phones",
            new { phoneType = "office", phoneNumber = "+32 29999999" }, Ct);
        using var refused = await client.Http.PostAsJsonAsync($"_simulator/tenants/{tenant.Id}/users/{user.Id}/phones",
            new { phoneType = "fax", phoneNumber = "+32 29999998" }, Ct);
        var phones = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/phoneMethods", token);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var phone = Assert.Single(phones["value"]!.AsArray())!;
        Assert.Equal("office", phone["phoneType"]!.GetValue<string>());
        Assert.Equal("+32 29999999", phone["phoneNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mutations_AndRequests_AreReadable_AndResetClearsThem()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        var user = host.State.GetUsers(tenant.Id)![0];
        using var revoke = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/revokeSignInSessions", token);
        using var consent = await client.Http.DeleteAsync($"_simulator/tenants/{tenant.Id}/consent", Ct);

        var mutations = await client.Http.GetFromJsonAsync<JsonArray>("_simulator/mutations", Ct);
        var requests = await client.Http.GetFromJsonAsync<JsonArray>("_simulator/requests", Ct);
        using var reset = await client.Http.PostAsync("_simulator/reset", null, Ct);

        Assert.Equal("revokeSignInSessions", Assert.Single(mutations!)!["action"]!.GetValue<string>());
        Assert.Equal(1, Assert.Single(requests!)!["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(host.State.Mutations);
        Assert.True(host.State.FindTenant(tenant.Id)!.Consented);
    }
}
