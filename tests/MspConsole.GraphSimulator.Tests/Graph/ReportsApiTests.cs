using System.Net;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class ReportsApiTests
{
    private const string Report = "v1.0/reports/authenticationMethods/userRegistrationDetails";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_AcrossSeveralPages_ReturnsEveryEnabledUserExactlyOnce()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);

        var (items, pages) = await client.GetAllPagesAsync(Report, token);

        var expected = host.State.GetUsers(tenant.Id)!.Where(u => u.AccountEnabled).Select(u => u.Id.ToString()).Order().ToList();
        Assert.True(expected.Count > 1000);
        Assert.Equal((expected.Count + 99) / 100, pages);
        Assert.Equal(expected, items.Select(i => i["id"]!.GetValue<string>()).Order().ToList());
    }

    [Fact]
    public async Task Get_UserWithOnlyASoftwareOathToken_IsSsprRegistered()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.AddUser(tenant.Id, "Alleen Codes")!;
        Assert.True(host.State.RegisterSoftwareOath(tenant.Id, user.Id));
        var token = await client.TokenAsync(tenant);

        var row = await client.GetJsonAsync($"{Report}/{user.Id}", token);

        Assert.Equal(["softwareOneTimePasscode"], row["methodsRegistered"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.True(row["isMfaRegistered"]!.GetValue<bool>());
        Assert.True(row["isSsprRegistered"]!.GetValue<bool>());
    }

    [Fact]
    public async Task List_WithTop_HonoursPageSizeAndNextLinkCarriesOnlySkipToken()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        var page = await client.GetJsonAsync(Report + "?$top=5&$filter=userType eq 'member'", token);

        Assert.Equal(5, page["value"]!.AsArray().Count);
        var next = new Uri(page["@odata.nextLink"]!.GetValue<string>());
        Assert.StartsWith("?$skiptoken=", next.Query, StringComparison.Ordinal);
        var second = await client.GetJsonAsync(next.PathAndQuery.TrimStart('/'), token);
        Assert.Equal(5, second["value"]!.AsArray().Count);
        Assert.All(second["value"]!.AsArray(), v => Assert.Equal("member", v!["userType"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("isMfaRegistered eq false", "isMfaRegistered")]
    [InlineData("isAdmin eq true", "isAdmin")]
    [InlineData("userType eq 'guest'", "guest")]
    [InlineData("methodsRegistered/any(m: m eq 'microsoftAuthenticatorPush')", "push")]
    [InlineData("startsWith(userPrincipalName,'A')", "startsWith")]
    public async Task List_WithFilter_ReturnsExactlyTheMatchingUsers(string filter, string kind)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var all = (await client.GetAllPagesAsync(Report + "?$top=999", token)).Items;

        var (items, _) = await client.GetAllPagesAsync(Report + "?$filter=" + Uri.EscapeDataString(filter), token);

        Func<JsonObject, bool> expected = kind switch
        {
            "isMfaRegistered" => i => !i["isMfaRegistered"]!.GetValue<bool>(),
            "isAdmin" => i => i["isAdmin"]!.GetValue<bool>(),
            "guest" => i => i["userType"]!.GetValue<string>() == "guest",
            "push" => i => i["methodsRegistered"]!.AsArray().Any(m => m!.GetValue<string>() == "microsoftAuthenticatorPush"),
            _ => i => i["userPrincipalName"]!.GetValue<string>().StartsWith('a'),
        };
        var want = all.Where(expected).Select(i => i["id"]!.GetValue<string>()).Order().ToList();
        Assert.NotEmpty(want);
        Assert.True(want.Count < all.Count);
        Assert.Equal(want, items.Select(i => i["id"]!.GetValue<string>()).Order().ToList());
    }

    [Fact]
    public async Task List_WithUnsupportedFilterProperty_Returns400BadRequest()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        using var response = await client.GetAsync(Report + "?$filter=shoeSize eq 'x'", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task List_UnlicensedTenant_Returns403WithLicenceCode()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(1);
        Assert.False(tenant.Licensed);
        var token = await client.TokenAsync(tenant);

        using var response = await client.GetAsync(Report, token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "Authentication_RequestFromNonPremiumTenantOrB2CTenant");
    }

    [Fact]
    public async Task List_TokenOfTenantA_NeverReturnsUsersOfTenantB()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var a = client.Tenant(0);
        var b = client.Tenant(4);
        b.Licensed = true;
        var tokenA = await client.TokenAsync(a);
        var userOfB = host.State.GetUsers(b.Id)![0];

        var (items, _) = await client.GetAllPagesAsync(Report, tokenA);
        using var direct = await client.GetAsync($"{Report}/{userOfB.Id}", tokenA);
        using var viaUsers = await client.GetAsync($"v1.0/users/{userOfB.Id}", tokenA);

        Assert.All(items, i => Assert.EndsWith("@" + a.DefaultDomain, i["userPrincipalName"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(host.State.GetUsers(a.Id)!.Count(u => u.AccountEnabled), items.Count);
        await GraphAssert.ErrorAsync(direct, HttpStatusCode.NotFound, "Request_ResourceNotFound");
        await GraphAssert.ErrorAsync(viaUsers, HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    [Fact]
    public async Task Get_ById_ReturnsGraphPropertyNamesAndEnumValues()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.AccountEnabled && u.UserType == "Member");

        var item = await client.GetJsonAsync($"{Report}/{user.Id}", token);

        string[] names =
        [
            "@odata.context", "id", "userPrincipalName", "userDisplayName", "userType", "isAdmin", "isSsprRegistered",
            "isSsprEnabled", "isSsprCapable", "isMfaRegistered", "isMfaCapable", "isPasswordlessCapable", "methodsRegistered",
            "isSystemPreferredAuthenticationMethodEnabled", "systemPreferredAuthenticationMethods",
            "userPreferredMethodForSecondaryAuthentication", "lastUpdatedDateTime",
        ];
        Assert.Equal(names.Order(StringComparer.Ordinal), item.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("member", item["userType"]!.GetValue<string>());
        string[] preferred = ["push", "oath", "voiceMobile", "voiceAlternateMobile", "voiceOffice", "sms", "none"];
        Assert.Contains(item["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>(), preferred);
        Assert.EndsWith("Z", item["lastUpdatedDateTime"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BetaList_AddsDefaultMfaMethod_V1DoesNot()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        var beta = await client.GetJsonAsync("beta/reports/authenticationMethods/userRegistrationDetails", token);
        var v1 = await client.GetJsonAsync(Report, token);

        string[] allowed = ["none", "mobilePhone", "alternateMobilePhone", "officePhone", "microsoftAuthenticatorPush", "softwareOneTimePasscode"];
        Assert.All(beta["value"]!.AsArray(), v => Assert.Contains(v!["defaultMfaMethod"]!.GetValue<string>(), allowed));
        Assert.All(v1["value"]!.AsArray(), v => Assert.False(v!.AsObject().ContainsKey("defaultMfaMethod")));
    }
}
