using System.Net;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.State;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>
/// Microsoft Graph v1.0 authentication methods: "List methods" (GET /users/{id}/authentication/methods, a collection of
/// authenticationMethod whose items carry <c>@odata.type</c>), "Get authenticationMethod", and per type "List …Methods" /
/// "Get …AuthenticationMethod" (a collection or entity of one concrete type: OData minimal metadata writes no
/// <c>@odata.type</c>). Property names per type from each resource page.
/// </summary>
public sealed class AuthenticationMethodsDocumentedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string[]> Types => new()
    {
        { "passwordAuthenticationMethod", "passwordMethods", ["id", "password", "createdDateTime"] },
        { "phoneAuthenticationMethod", "phoneMethods", ["id", "phoneNumber", "phoneType", "smsSignInState"] },
        { "emailAuthenticationMethod", "emailMethods", ["id", "emailAddress"] },
        { "microsoftAuthenticatorAuthenticationMethod", "microsoftAuthenticatorMethods", ["id", "displayName", "deviceTag", "phoneAppVersion", "createdDateTime"] },
        { "softwareOathAuthenticationMethod", "softwareOathMethods", ["id", "secretKey"] },
        { "fido2AuthenticationMethod", "fido2Methods", ["id", "displayName", "createdDateTime", "aaGuid", "model", "attestationCertificates", "attestationLevel"] },
        { "windowsHelloForBusinessAuthenticationMethod", "windowsHelloForBusinessMethods", ["id", "displayName", "createdDateTime", "keyStrength"] },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Methods_OfEachType_HaveTheDocumentedProperties_AndODataTypeOnlyUnderTheBaseTypedCollection(string type, string segment, string[] properties)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var (tenant, user) = FindUserWith(host, "#microsoft.graph." + type);
        var token = await client.TokenAsync(tenant);

        var all = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/methods", token);
        var typed = await client.GetJsonAsync($"v1.0/users/{user.UserPrincipalName}/authentication/{segment}", token);

        Assert.EndsWith("/authentication/methods", all["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(DocumentedShape.Items(all), m => Assert.StartsWith("#microsoft.graph.", m["@odata.type"]!.GetValue<string>(), StringComparison.Ordinal));
        var fromAll = DocumentedShape.Items(all).Where(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph." + type).ToList();
        Assert.NotEmpty(fromAll);
        Assert.All(fromAll, m => DocumentedShape.HasProperties(m, ["@odata.type", .. properties]));

        Assert.EndsWith($"/authentication/{segment}", typed["@odata.context"]!.GetValue<string>(), StringComparison.Ordinal);
        var items = DocumentedShape.Items(typed);
        Assert.Equal(fromAll.Select(m => m["id"]!.GetValue<string>()), items.Select(m => m["id"]!.GetValue<string>()));
        Assert.All(items, m => DocumentedShape.HasProperties(m, properties));

        var id = items[0]["id"]!.GetValue<string>();
        var one = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/{segment}/{id}", token);
        var viaBase = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/methods/{id}", token);
        DocumentedShape.HasProperties(one, ["@odata.context", .. properties]);
        DocumentedShape.HasProperties(viaBase, ["@odata.context", "@odata.type", .. properties]);
    }

    [Fact]
    public async Task PhoneMethods_Get_IsOneTypedEntity_AndUnknownIdIs404()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var (tenant, user) = FindUserWith(host, "#microsoft.graph.phoneAuthenticationMethod");
        var token = await client.TokenAsync(tenant);
        var phoneId = user.Methods.First(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.phoneAuthenticationMethod")["id"]!.GetValue<string>();

        var phone = await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/phoneMethods/{phoneId}", token);
        using var missing = await client.GetAsync($"v1.0/users/{user.Id}/authentication/phoneMethods/{Guid.NewGuid()}", token);

        Assert.Matches("^(mobile|alternateMobile|office)$", phone["phoneType"]!.GetValue<string>());
        Assert.Matches(@"^\+\d{1,3} \d+", phone["phoneNumber"]!.GetValue<string>());
        await GraphAssert.ErrorAsync(missing, HttpStatusCode.NotFound, "Request_ResourceNotFound");
    }

    private static (Model.SimTenant Tenant, UserSummary User) FindUserWith(SimulatorHost host, string odataType)
    {
        foreach (var tenant in host.State.Tenants.Where(t => t.Consented))
        {
            var user = host.State.GetUsers(tenant.Id)!.FirstOrDefault(u => u.Methods.Any(m => m["@odata.type"]!.GetValue<string>() == odataType));
            if (user is not null)
            {
                return (tenant, user);
            }
        }

        throw new InvalidOperationException($"The generated dataset has no user with a {odataType}.");
    }
}
