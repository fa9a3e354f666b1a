using System.Net;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class DirectoryRolesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ReturnsTheActivatedRolesInGraphsShape()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);

        var page = await client.GetJsonAsync("v1.0/directoryRoles", token);

        Assert.EndsWith("/v1.0/$metadata#directoryRoles", page["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(page["@odata.nextLink"]);
        var roles = page["value"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.All(roles, r =>
        {
            Assert.False(r.ContainsKey("@odata.type")); // a directoryRole in a collection of directoryRole: minimal metadata omits it
            Assert.True(Guid.TryParse(r["id"]!.GetValue<string>(), out _));
            Assert.NotEqual(r["roleTemplateId"]!.GetValue<string>(), r["id"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(r["displayName"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(r["description"]!.GetValue<string>()));
            Assert.True(r.ContainsKey("deletedDateTime"));
        });
        var held = host.State.GetUsers(tenant.Id)!.SelectMany(u => u.RoleTemplateIds).Append(DirectoryRoleCatalog.GlobalAdministrator).Distinct().Order();
        Assert.Equal(held, roles.Select(r => r["roleTemplateId"]!.GetValue<string>()).Order());
        Assert.Contains(roles, r => r["displayName"]!.GetValue<string>() == "Global Administrator");
        Assert.Contains(roles, r => r["displayName"]!.GetValue<string>() == "Directory Readers");
    }

    [Fact]
    public async Task Members_OfEveryRole_EqualGroundTruth_AndPrivilegedHoldersAreExactlyTheAdmins()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var users = host.State.GetUsers(tenant.Id)!;

        var roles = (await client.GetJsonAsync("v1.0/directoryRoles", token))["value"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var privilegedHolders = new HashSet<string>();
        foreach (var role in roles)
        {
            var template = role["roleTemplateId"]!.GetValue<string>();
            var (members, _) = await client.GetAllPagesAsync($"v1.0/directoryRoles/{role["id"]!.GetValue<string>()}/members?$select=id", token);
            var ids = members.Select(m => m["id"]!.GetValue<string>()).ToList();
            Assert.Equal(users.Where(u => u.RoleTemplateIds.Contains(template)).Select(u => u.Id.ToString()).Order(), ids.Order());
            if (DirectoryRoleCatalog.IsPrivileged(template))
            {
                privilegedHolders.UnionWith(ids);
            }
        }

        Assert.Equal(users.Where(u => u.IsAdmin).Select(u => u.Id.ToString()).Order(), privilegedHolders.Order());
        Assert.True(users.Count(u => u.IsAdmin) >= 2, "the tenant needs several admins");
        Assert.Contains(users, u => !u.IsAdmin && u.RoleTemplateIds.Contains(DirectoryRoleCatalog.DirectoryReaders));
    }

    [Fact]
    public async Task Members_ArePagedWithNextLinks_TypedAsUsers_AndHoldOnlyTheSelectedProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { RoleMemberPageSize = 2 }, Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        foreach (var user in host.State.GetUsers(tenant.Id)!.Where(u => u.UserType == "Member").Take(5))
        {
            Assert.True(host.State.AssignRole(tenant.Id, user.Id, DirectoryRoleCatalog.ExchangeAdministrator));
        }

        var token = await client.TokenAsync(tenant);
        var roleId = DirectoryRoleCatalog.ObjectId(tenant.Id, DirectoryRoleCatalog.ExchangeAdministrator);

        var first = await client.GetJsonAsync($"v1.0/directoryRoles/{roleId}/members?$select=id", token);
        var (members, pages) = await client.GetAllPagesAsync($"v1.0/directoryRoles/{roleId}/members?$select=id", token);

        var expected = host.State.GetUsers(tenant.Id)!.Where(u => u.RoleTemplateIds.Contains(DirectoryRoleCatalog.ExchangeAdministrator)).ToList();
        Assert.True(expected.Count >= 5);
        Assert.Equal((expected.Count + 1) / 2, pages);
        Assert.EndsWith("$metadata#directoryObjects(id)", first["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("?$skiptoken=", new Uri(first["@odata.nextLink"]!.GetValue<string>()).Query, StringComparison.Ordinal);
        Assert.Equal(expected.Count, members.Select(m => m["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(members, m =>
        {
            Assert.Equal("#microsoft.graph.user", m["@odata.type"]!.GetValue<string>());
            Assert.Equal(["@odata.type", "id"], m.Select(p => p.Key));
        });
    }

    [Fact]
    public async Task Members_ByTemplateId_AreThoseByObjectId_WithoutSelectTheDefaultUserProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);

        var byTemplate = await client.GetJsonAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GlobalAdministrator}/members", token);
        var byId = await client.GetJsonAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.ObjectId(tenant.Id, DirectoryRoleCatalog.GlobalAdministrator)}/members", token);
        var role = await client.GetJsonAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GlobalAdministrator}", token);

        Assert.Equal(byId["value"]!.ToJsonString(), byTemplate["value"]!.ToJsonString());
        var member = byId["value"]!.AsArray()[0]!.AsObject();
        Assert.Equal("#microsoft.graph.user", member["@odata.type"]!.GetValue<string>());
        Assert.NotNull(member["userPrincipalName"]);
        Assert.EndsWith("$metadata#directoryObjects", byId["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Global Administrator", role["displayName"]!.GetValue<string>());
        Assert.EndsWith("$metadata#directoryRoles/$entity", role["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$top=5")]
    [InlineData("$filter=id eq 'x'")]
    public async Task Members_WithTopOrFilter_Return400LikeGraph(string query)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        using var response = await client.GetAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GlobalAdministrator}/members?{query}", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task WithoutRoleManagementOrDirectoryRead_Returns403_AndDirectoryReadAllIsEnough()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        Assert.True(tenant.RemoveRole(Permissions.RoleManagementRead));
        var denied = await client.TokenAsync(tenant);

        using var list = await client.GetAsync("v1.0/directoryRoles", denied);
        using var members = await client.GetAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GlobalAdministrator}/members", denied);
        tenant.GrantRole(Permissions.DirectoryRead);
        var directoryRead = await client.TokenAsync(tenant);
        using var allowed = await client.GetAsync("v1.0/directoryRoles", directoryRead);

        await GraphAssert.ErrorAsync(list, HttpStatusCode.Forbidden, "Authorization_RequestDenied");
        await GraphAssert.ErrorAsync(members, HttpStatusCode.Forbidden, "Authorization_RequestDenied");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task ARoleOfAnotherTenant_IsNotFound_AndMembersStayInTheirTenant()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var own = client.Tenant(0);
        var other = client.Tenant(4);
        var token = await client.TokenAsync(own);

        using var foreignRole = await client.GetAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.ObjectId(other.Id, DirectoryRoleCatalog.GlobalAdministrator)}/members", token);
        using var unknownRole = await client.GetAsync($"v1.0/directoryRoles/{Guid.NewGuid()}/members", token);
        var (members, _) = await client.GetAllPagesAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GlobalAdministrator}/members?$select=id", token);

        await GraphAssert.ErrorAsync(foreignRole, HttpStatusCode.NotFound, "Request_ResourceNotFound");
        await GraphAssert.ErrorAsync(unknownRole, HttpStatusCode.NotFound, "Request_ResourceNotFound");
        var ownIds = host.State.GetUsers(own.Id)!.Select(u => u.Id.ToString()).ToHashSet();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Contains(m["id"]!.GetValue<string>(), ownIds));
    }

    [Fact]
    public async Task ANotYetActivatedRole_IsNotFound_UntilSomeoneHoldsIt()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member" && !u.IsAdmin);
        Assert.DoesNotContain(host.State.GetUsers(tenant.Id)!, u => u.RoleTemplateIds.Contains(DirectoryRoleCatalog.GuestInviter));

        using var before = await client.GetAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GuestInviter}/members", token);
        Assert.True(host.State.AssignRole(tenant.Id, user.Id, DirectoryRoleCatalog.GuestInviter));
        var after = await client.GetJsonAsync($"v1.0/directoryRoles/{DirectoryRoleCatalog.GuestInviter}/members?$select=id", token);

        await GraphAssert.ErrorAsync(before, HttpStatusCode.NotFound, "Request_ResourceNotFound");
        Assert.Equal([user.Id.ToString()], after["value"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()));
        Assert.False(host.State.GetUser(tenant.Id, user.Id.ToString())!.IsAdmin);
    }
}
