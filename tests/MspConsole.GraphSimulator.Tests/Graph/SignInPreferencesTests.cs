using System.Net;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

/// <summary>beta signInPreferences: the user's default MFA method, which the report and the delete-default rule follow.</summary>
public sealed class SignInPreferencesTests
{
    private const string MobileId = "3179e48a-750b-4051-897c-87b9720928f7";
    private const string OfficeId = "e37fc753-ff3b-4958-9484-eaa9425c82bc";
    private const string AuthenticatorType = "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Preferences(Guid userId, string version = "beta") => $"{version}/users/{userId}/authentication/signInPreferences";

    private static StringContent Body(string value) => SimulatorClient.Json($$"""{"userPreferredMethodForSecondaryAuthentication":"{{value}}"}""");

    /// <summary>A member whose default is the Authenticator (push), with the given phones added through Graph.</summary>
    private static async Task<Guid> PushUserWithPhonesAsync(SimulatorHost host, SimulatorClient client, string token, params (string Type, string Number)[] phones)
    {
        var tenant = client.Tenant(3);
        var user = host.State.AddUser(tenant.Id, "Pia Push")!;
        Assert.True(host.State.RegisterAuthenticator(tenant.Id, user.Id, preferred: true));
        foreach (var (type, number) in phones)
        {
            using var added = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/authentication/phoneMethods", token,
                SimulatorClient.Json($$"""{"phoneNumber":"{{number}}","phoneType":"{{type}}"}"""));
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        Assert.Equal("push", host.State.GetUser(tenant.Id, user.Id.ToString())!.DefaultMethod);
        return user.Id;
    }

    private static string AuthenticatorId(SimulatorHost host, Guid tenantId, Guid userId) =>
        host.State.GetUser(tenantId, userId.ToString())!.Methods.First(m => m["@odata.type"]!.GetValue<string>() == AuthenticatorType)["id"]!.GetValue<string>();

    [Fact]
    public async Task Patch_ToARegisteredMethod_Returns204_IsRecorded_AndTheReportFollows()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));

        using var response = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("sms"));
        var preferences = await client.GetJsonAsync(Preferences(userId), token);
        var v1Report = await client.GetJsonAsync($"v1.0/reports/authenticationMethods/userRegistrationDetails/{userId}", token);
        var betaReport = await client.GetJsonAsync($"beta/reports/authenticationMethods/userRegistrationDetails/{userId}", token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("sms", host.State.GetUser(tenant.Id, userId.ToString())!.DefaultMethod);
        Assert.Equal("sms", preferences["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
        Assert.Contains("/beta/$metadata#users(", preferences["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("sms", v1Report["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
        Assert.Equal("mobilePhone", betaReport["defaultMfaMethod"]!.GetValue<string>());
        var logged = Assert.Single(host.State.Mutations, m => m.UserId == userId && m.Action == "setPreferredMethod");
        Assert.Equal(("PATCH", $"/beta/users/{userId}/authentication/signInPreferences"), (logged.Method, logged.Path));
        Assert.Equal("signInPreferences push -> sms", logged.Detail);
        Assert.Equal(response.Headers.GetValues("request-id").Single(), logged.RequestId);
    }

    [Fact]
    public async Task AfterSwitching_TheFormerDefaultCanBeDeleted_ButTheNewDefaultNotWhileOthersRemain()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"), ("office", "+32 22223333"));
        var authenticator = AuthenticatorId(host, tenant.Id, userId);
        using var refused = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/microsoftAuthenticatorMethods/{authenticator}", token);
        await GraphAssert.ErrorAsync(refused, HttpStatusCode.BadRequest, "BadRequest");

        using var switched = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("sms"));
        using var formerDefault = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/microsoftAuthenticatorMethods/{authenticator}", token);
        using var newDefault = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/phoneMethods/{MobileId}", token);

        Assert.Equal(HttpStatusCode.NoContent, switched.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, formerDefault.StatusCode);
        var error = await GraphAssert.ErrorAsync(newDefault, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal("Cannot delete default method with other methods configured. Please change default method before deletion.", error["message"]!.GetValue<string>());
        var truth = host.State.GetUser(tenant.Id, userId.ToString())!;
        Assert.Equal("sms", truth.DefaultMethod);
        Assert.DoesNotContain(truth.Methods, m => m["@odata.type"]!.GetValue<string>() == AuthenticatorType);
        Assert.Contains(truth.Methods, m => m["id"]!.GetValue<string>() == MobileId);

        // Once the office phone is the default, the mobile goes; the office phone, the last method, goes too.
        using var toOffice = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("voiceOffice"));
        using var mobile = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/phoneMethods/{MobileId}", token);
        using var office = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/phoneMethods/{OfficeId}", token);
        Assert.All(new[] { toOffice, mobile, office }, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Null(host.State.GetUser(tenant.Id, userId.ToString())!.DefaultMethod);
    }

    [Fact]
    public async Task Delete_OneOfTwoAuthenticators_IsAllowed_BecauseTheOtherKeepsPushWorking()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));
        Assert.True(host.State.RegisterAuthenticator(tenant.Id, userId));
        var ids = host.State.GetUser(tenant.Id, userId.ToString())!.Methods
            .Where(m => m["@odata.type"]!.GetValue<string>() == AuthenticatorType).Select(m => m["id"]!.GetValue<string>()).ToList();
        Assert.Equal(2, ids.Count);

        using var first = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/microsoftAuthenticatorMethods/{ids[0]}", token);
        using var second = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{userId}/authentication/microsoftAuthenticatorMethods/{ids[1]}", token);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await GraphAssert.ErrorAsync(second, HttpStatusCode.BadRequest, "BadRequest"); // now the last one: the default while the mobile remains
        Assert.Equal("push", host.State.GetUser(tenant.Id, userId.ToString())!.DefaultMethod);
    }

    [Fact]
    public async Task Delete_TheDefault_WhenOnlyMethodsThatCannotBeDefaultRemain_Returns204AndLeavesNoDefault()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        // Push default, an Authenticator, a mobile phone and a FIDO2 key, nothing else that could be a default.
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled && u.DefaultMethod == "push" && Types(u).Contains("fido2AuthenticationMethod")
            && Types(u).Count(t => t is "phoneAuthenticationMethod" or "softwareOathAuthenticationMethod" or "microsoftAuthenticatorAuthenticationMethod") == 2
            && u.Methods.Any(m => m["id"]!.GetValue<string>() == MobileId));
        using var mobile = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{user.Id}/authentication/phoneMethods/{MobileId}", token);
        Assert.Equal(HttpStatusCode.NoContent, mobile.StatusCode);

        using var response = await client.SendAsync(HttpMethod.Delete,
            $"v1.0/users/{user.Id}/authentication/microsoftAuthenticatorMethods/{AuthenticatorId(host, tenant.Id, user.Id)}", token);
        var preferences = await client.GetJsonAsync(Preferences(user.Id), token);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("none", preferences["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
        Assert.Contains("fido2AuthenticationMethod", Types(host.State.GetUser(tenant.Id, user.Id.ToString())!));

        static List<string> Types(UserSummary u) => [.. u.Methods.Select(m => m["@odata.type"]!.GetValue<string>().Replace("#microsoft.graph.", "", StringComparison.Ordinal))];
    }

    [Theory]
    [InlineData("none")]
    [InlineData("email")]
    [InlineData("unknownFutureValue")]
    public async Task Patch_WithAValueOutsideTheSettableSet_Returns400AndChangesNothing(string value)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(3));
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));

        using var response = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body(value));

        var error = await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("userPreferredMethodForSecondaryAuthentication", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("push", host.State.GetUser(client.Tenant(3).Id, userId.ToString())!.DefaultMethod);
        Assert.DoesNotContain(host.State.Mutations, m => m.Action == "setPreferredMethod");
    }

    [Fact]
    public async Task Patch_ToAMethodTheUserDoesNotHave_Returns400AndChangesNothing()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(3));
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));

        using var office = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("voiceOffice"));
        using var alternate = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("voiceAlternateMobile"));

        await GraphAssert.ErrorAsync(office, HttpStatusCode.BadRequest, "BadRequest");
        await GraphAssert.ErrorAsync(alternate, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal("push", host.State.GetUser(client.Tenant(3).Id, userId.ToString())!.DefaultMethod);
        Assert.DoesNotContain(host.State.Mutations, m => m.Action == "setPreferredMethod");
    }

    [Fact]
    public async Task Patch_UnknownUser_Returns404ResourceNotFound()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(3));

        using var response = await client.SendAsync(HttpMethod.Patch, Preferences(Guid.NewGuid()), token, Body("sms"));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    [Fact]
    public async Task Patch_WithoutTheWritePermission_Returns403_ButReadingNeedsOnlyTheReadPermission()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var writer = await client.TokenAsync(tenant);
        var userId = await PushUserWithPhonesAsync(host, client, writer, ("mobile", "+32 470123456"));
        tenant.RemoveRole(Permissions.MethodsReadWrite);
        tenant.GrantRole(Permissions.MethodsRead);
        var reader = await client.TokenAsync(tenant);

        using var patch = await client.SendAsync(HttpMethod.Patch, Preferences(userId), reader, Body("sms"));
        var preferences = await client.GetJsonAsync(Preferences(userId), reader);

        await GraphAssert.ErrorAsync(patch, HttpStatusCode.Forbidden, "Authorization_RequestDenied");
        Assert.Equal("push", preferences["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>());
        Assert.Equal("push", host.State.GetUser(tenant.Id, userId.ToString())!.DefaultMethod);
    }

    [Fact]
    public async Task SignInPreferences_OnV1_IsAnUnknownSegment()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(3));
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));

        using var patch = await client.SendAsync(HttpMethod.Patch, Preferences(userId, "v1.0"), token, Body("sms"));
        using var get = await client.GetAsync(Preferences(userId, "v1.0"), token);

        var error = await GraphAssert.ErrorAsync(patch, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("signInPreferences", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await GraphAssert.ErrorAsync(get, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal("push", host.State.GetUser(client.Tenant(3).Id, userId.ToString())!.DefaultMethod);
    }

    [Fact]
    public async Task FailNext_ForOneMethodAndPath_FailsOnlyThatRequest()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var userId = await PushUserWithPhonesAsync(host, client, token, ("mobile", "+32 470123456"));
        host.State.Faults.FailNext(tenant.Id, 1, 403, method: "PATCH", pathContains: "/signInPreferences");

        using var read = await client.GetAsync(Preferences(userId), token);
        using var patch = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("sms"));
        using var again = await client.SendAsync(HttpMethod.Patch, Preferences(userId), token, Body("sms"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await GraphAssert.ErrorAsync(patch, HttpStatusCode.Forbidden, "Authorization_RequestDenied");
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }
}
