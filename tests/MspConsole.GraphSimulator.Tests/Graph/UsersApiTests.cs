using System.Net;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class UsersApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_WithSelectAndTop_PagesAllUsersWithCapitalisedUserType()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);

        var (items, pages) = await client.GetAllPagesAsync("v1.0/users?$select=id,userPrincipalName,userType,accountEnabled,preferredLanguage,mail&$top=500", token);

        Assert.Equal(tenant.UserCount, items.Count);
        Assert.Equal((tenant.UserCount + 499) / 500, pages);
        Assert.Equal(items.Count, items.Select(i => i["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(items, i => Assert.Equal(6, i.Count));
        Assert.Contains(items, i => i["userType"]!.GetValue<string>() == "Guest");
        Assert.Contains(items, i => !i["accountEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task List_WithoutTop_Returns100PerPage()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(3));

        var page = await client.GetJsonAsync("v1.0/users", token);

        Assert.Equal(100, page["value"]!.AsArray().Count);
        Assert.NotNull(page["@odata.nextLink"]);
        Assert.False(page["value"]![0]!.AsObject().ContainsKey("accountEnabled"));
    }

    [Fact]
    public async Task Get_ByUpn_ReturnsUser_UnknownReturns404()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.GetUsers(tenant.Id)![1];
        var token = await client.TokenAsync(tenant);

        var json = await client.GetJsonAsync($"v1.0/users/{Uri.EscapeDataString(user.UserPrincipalName)}", token);
        using var missing = await client.GetAsync("v1.0/users/nobody@nowhere.example", token);

        Assert.Equal(user.Id.ToString(), json["id"]!.GetValue<string>());
        await GraphAssert.ErrorAsync(missing, HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }
}
