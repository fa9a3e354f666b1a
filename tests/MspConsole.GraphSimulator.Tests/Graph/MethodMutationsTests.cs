using System.Net;
using MspConsole.GraphSimulator.State;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class MethodMutationsTests
{
    private const string MobileId = "3179e48a-750b-4051-897c-87b9720928f7";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static UserSummary FindUser(SimulatorHost host, Guid tenantId, Func<UserSummary, bool> match) =>
        host.State.GetUsers(tenantId)!.First(u => u.AccountEnabled && u.UserType == "Member" && match(u));

    private static bool Has(UserSummary user, string odataType) =>
        user.Methods.Any(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph." + odataType);

    private static string MethodId(UserSummary user, string odataType) =>
        user.Methods.First(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph." + odataType)["id"]!.GetValue<string>();

    [Fact]
    public async Task Delete_NonDefaultMethod_Returns204AndReportReflectsIt()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.DefaultMethod == "push" && Has(u, "phoneAuthenticationMethod")
            && !u.Methods.Any(m => m["phoneType"]?.GetValue<string>() == "alternateMobile"));
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token);
        var report = await client.GetJsonAsync($"v1.0/reports/authenticationMethods/userRegistrationDetails/{user.Id}", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods, m => m["id"]!.GetValue<string>() == MobileId);
        Assert.DoesNotContain("mobilePhone", report["methodsRegistered"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.True(report["isMfaRegistered"]!.GetValue<bool>());
        var logged = Assert.Single(host.State.Mutations);
        Assert.Equal(("DELETE", "deleteMethod", user.Id), (logged.Method, logged.Action, logged.UserId!.Value));
    }

    [Fact]
    public async Task Delete_DefaultMethodWithOthersRemaining_Returns400()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.DefaultMethod == "push" && Has(u, "phoneAuthenticationMethod"));
        var token = await client.TokenAsync(tenant);
        var authenticator = MethodId(user, "microsoftAuthenticatorAuthenticationMethod");

        using var response = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{user.Id}/authentication/microsoftAuthenticatorMethods/{authenticator}", token);

        var error = await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal("Cannot delete default method with other methods configured. Please change default method before deletion.", error["message"]!.GetValue<string>());
        Assert.Equal(user.Methods.Count, host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods.Count);
        Assert.Empty(host.State.Mutations);
    }

    [Fact]
    public async Task Delete_OnlyMfaMethod_LeavesUserNotRegistered()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.DefaultMethod == "push" && u.Methods.Count(m => m["@odata.type"]!.GetValue<string>() is not
            ("#microsoft.graph.passwordAuthenticationMethod" or "#microsoft.graph.emailAuthenticationMethod")) == 1);
        var token = await client.TokenAsync(tenant);
        var authenticator = MethodId(user, "microsoftAuthenticatorAuthenticationMethod");

        using var response = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{user.Id}/authentication/microsoftAuthenticatorMethods/{authenticator}", token);
        var report = await client.GetJsonAsync($"v1.0/reports/authenticationMethods/userRegistrationDetails/{user.Id}", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(report["isMfaRegistered"]!.GetValue<bool>());
        Assert.Equal("none", report["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchPhone_ValidNumber_Returns204AndChangesGroundTruth()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.Methods.Any(m => m["id"]!.GetValue<string>() == MobileId));
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Patch, $"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token,
            SimulatorClient.Json("""{"phoneNumber":"+32 470123456","phoneType":"mobile"}"""));
        var listed = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("+32 470123456", listed["phoneNumber"]!.GetValue<string>());
        var mobile = host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods.Single(m => m["id"]!.GetValue<string>() == MobileId);
        Assert.Equal("+32 470123456", mobile["phoneNumber"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"phoneNumber":"0470123456","phoneType":"mobile"}""")]
    [InlineData("""{"phoneNumber":"+32 470123456","phoneType":"office"}""")]
    [InlineData("""{"phoneNumber":"+32 470 12 34","phoneType":"mobile"}""")]
    public async Task PatchPhone_BadFormatOrTypeChange_Returns400(string body)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.Methods.Any(m => m["id"]!.GetValue<string>() == MobileId));
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Patch, $"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token, SimulatorClient.Json(body));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Empty(host.State.Mutations);
    }

    [Fact]
    public async Task PatchPhone_MalformedJson_Returns400BadRequest()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.GetUsers(tenant.Id)![0];
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Patch, $"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token, SimulatorClient.Json("{\"phoneNumber\": "));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task PostPhone_ForUnregisteredUser_Returns201AndMakesUserMfaRegistered()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.DefaultMethod is null);
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/authentication/phoneMethods", token,
            SimulatorClient.Json("""{"phoneNumber":"+32 478000111","phoneType":"mobile"}"""));
        var report = await client.GetJsonAsync($"v1.0/reports/authenticationMethods/userRegistrationDetails/{user.Id}", token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(MobileId, (await SimulatorClient.ReadJsonAsync(response))["id"]!.GetValue<string>());
        Assert.True(report["isMfaRegistered"]!.GetValue<bool>());
        Assert.Contains("mobilePhone", report["methodsRegistered"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("sms", report["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostTemporaryAccessPass_ReturnsPlainTextOnce_AndReplacesPrevious()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = FindUser(host, tenant.Id, _ => true);
        var token = await client.TokenAsync(tenant);
        var path = $"v1.0/users/{user.Id}/authentication/temporaryAccessPassMethods";

        using var first = await client.SendAsync(HttpMethod.Post, path, token, SimulatorClient.Json("""{"lifetimeInMinutes":60,"isUsableOnce":true}"""));
        using var second = await client.SendAsync(HttpMethod.Post, path, token, SimulatorClient.Json("""{"lifetimeInMinutes":120}"""));
        var listed = await client.GetJsonAsync(path, token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await SimulatorClient.ReadJsonAsync(second);
        Assert.Equal(8, created["temporaryAccessPass"]!.GetValue<string>().Length);
        Assert.True(created["isUsable"]!.GetValue<bool>());
        var only = Assert.Single(listed["value"]!.AsArray());
        Assert.Null(only!["temporaryAccessPass"]);
        Assert.Equal(120, only["lifetimeInMinutes"]!.GetValue<int>());
        Assert.Equal(created["id"]!.GetValue<string>(), only["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(9)]
    [InlineData(43201)]
    public async Task PostTemporaryAccessPass_LifetimeOutOfRange_Returns400(int minutes)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = FindUser(host, tenant.Id, _ => true);
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/authentication/temporaryAccessPassMethods", token,
            SimulatorClient.Json($$"""{"lifetimeInMinutes":{{minutes}}}"""));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task RevokeSignInSessions_Returns200True_AndIsRecorded()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = FindUser(host, tenant.Id, _ => true);
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.UserPrincipalName}/revokeSignInSessions", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await SimulatorClient.ReadJsonAsync(response))["value"]!.GetValue<bool>());
        var logged = Assert.Single(host.State.Mutations);
        Assert.Equal(("revokeSignInSessions", user.Id, tenant.Id), (logged.Action, logged.UserId!.Value, logged.TenantId));
    }

    [Fact]
    public async Task Methods_UnknownUser_Returns404ResourceNotFound()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        using var response = await client.GetAsync($"v1.0/users/{Guid.NewGuid()}/authentication/methods", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    [Fact]
    public async Task Methods_ListedByGraph_EqualControlApiGroundTruth()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = FindUser(host, tenant.Id, u => u.Methods.Count >= 4);
        var token = await client.TokenAsync(tenant);

        var listed = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/methods", token);

        Assert.Equal(user.Methods.Select(m => m.ToJsonString()), listed["value"]!.AsArray().Select(m => m!.ToJsonString()));
        Assert.Contains(listed["value"]!.AsArray(), m => m!["@odata.type"]!.GetValue<string>() == "#microsoft.graph.passwordAuthenticationMethod");
    }
}
