using System.Net;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>
/// Microsoft Graph v1.0 "List userRegistrationDetails" / "Get userRegistrationDetails", "List users" / "Get user",
/// "user: revokeSignInSessions", "List directoryRoles" / "Get directoryRole" / "List members of a directory role":
/// property names per type, <c>@odata.type</c> only on directoryObject members, status codes.
/// </summary>
public sealed class DirectoryAndReportsDocumentedTests
{
    private static readonly string[] RegistrationProperties =
    [
        "id", "userPrincipalName", "userDisplayName", "userType", "isAdmin", "isSsprRegistered", "isSsprEnabled", "isSsprCapable",
        "isMfaRegistered", "isMfaCapable", "isPasswordlessCapable", "methodsRegistered", "isSystemPreferredAuthenticationMethodEnabled",
        "systemPreferredAuthenticationMethods", "userPreferredMethodForSecondaryAuthentication", "lastUpdatedDateTime",
    ];

    private static readonly string[] DefaultUserProperties =
    [
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage",
        "surname", "userPrincipalName", "id",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RegistrationDetails_ListAndGet_HaveExactlyTheV1Properties_WithLowerCaseUserType()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);

        var page = await client.GetJsonAsync("v1.0/reports/authenticationMethods/userRegistrationDetails", token);
        var rows = DocumentedShape.Items(page);
        var one = await client.GetJsonAsync($"v1.0/reports/authenticationMethods/userRegistrationDetails/{rows[0]["id"]}", token);

        Assert.EndsWith("$metadata#reports/authenticationMethods/userRegistrationDetails", page["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(rows, row =>
        {
            DocumentedShape.HasProperties(row, RegistrationProperties);
            Assert.Matches("^(member|guest)$", row["userType"]!.GetValue<string>());
        });
        DocumentedShape.HasProperties(one, ["@odata.context", .. RegistrationProperties]);
        Assert.EndsWith("/userRegistrationDetails/$entity", one["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("userPrincipalName", false)]
    [InlineData("userDisplayName desc", true)]
    public async Task RegistrationDetails_WithOrderBy_AsThePageDocuments_AreSortedAcrossPages(string orderBy, bool descending)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var property = orderBy.Split(' ')[0];

        var (rows, pages) = await client.GetAllPagesAsync(
            $"v1.0/reports/authenticationMethods/userRegistrationDetails?$orderby={Uri.EscapeDataString(orderBy)}&$top=7", token);

        Assert.True(pages > 1);
        Assert.Equal(host.State.GetUsers(tenant.Id)!.Count(u => u.AccountEnabled), rows.Count);
        var names = rows.Select(r => r[property]!.GetValue<string>()).ToList();
        var sorted = names.Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(descending ? Enumerable.Reverse(sorted) : sorted, names, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RegistrationDetails_OrderByAnotherProperty_Returns400()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        using var response = await client.GetAsync("v1.0/reports/authenticationMethods/userRegistrationDetails?$orderby=isAdmin", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task RegistrationDetails_UnlicensedTenant_Returns403WithTheLicenceCode()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = host.State.Tenants.First(t => t.Consented && !t.Licensed);
        var token = await client.TokenAsync(tenant);

        using var response = await client.GetAsync("v1.0/reports/authenticationMethods/userRegistrationDetails", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "Authentication_RequestFromNonPremiumTenantOrB2CTenant");
    }

    [Fact]
    public async Task Users_ListWithoutSelect_HasTheDefaultProperties_WithSelectExactlyThoseAsked_AndGetByIdTheSame()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(1);
        var token = await client.TokenAsync(tenant);

        var plain = await client.GetJsonAsync("v1.0/users", token);
        var selected = await client.GetJsonAsync("v1.0/users?$select=displayName,accountEnabled,userType&$top=999", token);
        var id = DocumentedShape.Items(plain)[0]["id"]!.GetValue<string>();
        var one = await client.GetJsonAsync($"v1.0/users/{id}", token);
        var oneSelected = await client.GetJsonAsync($"v1.0/users/{id}?$select=id,accountEnabled", token);

        Assert.EndsWith("$metadata#users", plain["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(DocumentedShape.Items(plain), u => DocumentedShape.HasProperties(u, DefaultUserProperties));
        Assert.EndsWith("$metadata#users(displayName,accountEnabled,userType)", selected["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(DocumentedShape.Items(selected), u => DocumentedShape.HasProperties(u, "displayName", "accountEnabled", "userType"));
        DocumentedShape.HasProperties(one, ["@odata.context", .. DefaultUserProperties]);
        DocumentedShape.HasProperties(oneSelected, "@odata.context", "id", "accountEnabled");
    }

    [Fact]
    public async Task Users_GetWithTheDocumentedSelectOfUnmodelledProperties_Returns200WithExactlyThose()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(1);
        var user = host.State.GetUsers(tenant.Id)![2];
        var token = await client.TokenAsync(tenant);

        var json = await client.GetJsonAsync($"v1.0/users/{user.Id}?$select=displayName,givenName,postalCode,identities", token);

        DocumentedShape.HasProperties(json, "@odata.context", "displayName", "givenName", "postalCode", "identities");
        Assert.EndsWith("$metadata#users(displayName,givenName,postalCode,identities)/$entity", json["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        var identity = json["identities"]!.AsArray().Single()!.AsObject();
        DocumentedShape.HasProperties(identity, "signInType", "issuer", "issuerAssignedId");
        Assert.Equal(user.UserPrincipalName, identity["issuerAssignedId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Users_ListSelectingAPropertyOnlyOneUserCanReturn_Returns501()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(1));

        using var response = await client.GetAsync("v1.0/users?$select=aboutMe", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.NotImplemented, "NotImplemented");
    }

    [Fact]
    public async Task Users_CountWithEventualConsistency_AsTheListPageShowsIt_CountsEveryMatchingUser()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var truth = host.State.GetUsers(tenant.Id)!;

        using var counted = await SendEventualAsync(client, "v1.0/users?$filter=accountEnabled%20eq%20false&$count=true&$top=1", token);
        using var countOnly = await SendEventualAsync(client, "v1.0/users/$count", token);
        using var withoutHeader = await client.GetAsync("v1.0/users?$count=true", token);

        var page = await SimulatorClient.ReadJsonAsync(counted);
        Assert.Equal(truth.Count(u => !u.AccountEnabled), page["@odata.count"]!.GetValue<int>());
        Assert.Single(DocumentedShape.Items(page));
        Assert.Equal("text/plain", countOnly.Content.Headers.ContentType?.MediaType);
        Assert.Equal(truth.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await countOnly.Content.ReadAsStringAsync(Ct));
        await GraphAssert.ErrorAsync(withoutHeader, HttpStatusCode.BadRequest, "Request_BadRequest");
    }

    private static async Task<HttpResponseMessage> SendEventualAsync(SimulatorClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("ConsistencyLevel", "eventual");
        return await client.Http.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("accountEnabled eq false")]
    [InlineData("userType eq 'Guest'")]
    [InlineData("startswith(displayName,'a')")]
    public async Task Users_ListWithDocumentedFilters_ReturnsOnlyMatchingUsers(string filter)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var token = await client.TokenAsync(tenant);
        var truth = host.State.GetUsers(tenant.Id)!;

        var (items, _) = await client.GetAllPagesAsync($"v1.0/users?$filter={Uri.EscapeDataString(filter)}&$select=id,displayName,accountEnabled,userType&$top=999", token);

        var expected = filter switch
        {
            "accountEnabled eq false" => truth.Where(u => !u.AccountEnabled),
            "userType eq 'Guest'" => truth.Where(u => u.UserType == "Guest"),
            _ => truth.Where(u => u.DisplayName.StartsWith('a') || u.DisplayName.StartsWith('A')),
        };
        Assert.NotEmpty(items);
        Assert.Equal(expected.Select(u => u.Id.ToString()).Order(), items.Select(i => i["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task RevokeSignInSessions_Returns200WithAnEdmBooleanTrue()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.UserPrincipalName}/revokeSignInSessions", token);
        var json = await SimulatorClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        DocumentedShape.HasProperties(json, "@odata.context", "value");
        Assert.EndsWith("$metadata#Edm.Boolean", json["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(json["value"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DirectoryRoles_ListAndGet_AreUntypedRoles_MembersAreTypedDirectoryObjects()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        string[] roleProperties = ["id", "deletedDateTime", "description", "displayName", "roleTemplateId"];

        var roles = DocumentedShape.Items(await client.GetJsonAsync("v1.0/directoryRoles", token));
        var role = await client.GetJsonAsync($"v1.0/directoryRoles/{roles[0]["id"]}", token);
        var members = DocumentedShape.Items(await client.GetJsonAsync($"v1.0/directoryRoles/{roles[0]["id"]}/members", token));

        Assert.All(roles, r => DocumentedShape.HasProperties(r, roleProperties));
        DocumentedShape.HasProperties(role, ["@odata.context", .. roleProperties]);
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Equal("#microsoft.graph.user", m["@odata.type"]!.GetValue<string>()));
    }
}
