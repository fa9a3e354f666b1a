using System.Net;
using MspConsole.GraphSimulator.State;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>
/// Microsoft Graph v1.0: "Create phoneAuthenticationMethod" (POST …/phoneMethods, 201 with the phone, no <c>@odata.type</c>),
/// "Update phoneAuthenticationMethod" (PATCH …/phoneMethods/{id}, 204 — its example body ends in a trailing comma),
/// "Delete …AuthenticationMethod" (DELETE …/{segment}/{id}, 204), "Create temporaryAccessPassMethod"
/// (POST …/temporaryAccessPassMethods with startDateTime, lifetimeInMinutes, isUsableOnce; 201 whose documented body
/// carries <c>@odata.type</c> and the pass in plain text).
/// </summary>
public sealed class MethodMutationsDocumentedTests
{
    private const string OfficeId = "e37fc753-ff3b-4958-9484-eaa9425c82bc";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static UserSummary Member(SimulatorHost host, Guid tenantId, Func<UserSummary, bool> match) =>
        host.State.GetUsers(tenantId)!.First(u => u.AccountEnabled && u.UserType == "Member" && match(u));

    private static bool HasPhone(UserSummary user, string phoneType) =>
        user.Methods.Any(m => m["phoneType"]?.GetValue<string>() == phoneType);

    [Fact]
    public async Task CreatePhone_Returns201WithThePhonesDocumentedProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = Member(host, tenant.Id, u => !HasPhone(u, "office"));
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/authentication/phoneMethods", token,
            SimulatorClient.Json("""{"phoneNumber":"+32 92345678","phoneType":"office"}"""));
        var json = await SimulatorClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        DocumentedShape.HasProperties(json, "@odata.context", "id", "phoneNumber", "phoneType", "smsSignInState");
        Assert.Equal((OfficeId, "+32 92345678", "office"), (json["id"]!.GetValue<string>(), json["phoneNumber"]!.GetValue<string>(), json["phoneType"]!.GetValue<string>()));
        Assert.EndsWith($"/authentication/phoneMethods/{OfficeId}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatePhone_WithTheDocumentedTrailingComma_Returns204AndChangesTheNumber()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = Member(host, tenant.Id, u => HasPhone(u, "office"));
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(new HttpMethod("PATCH"), $"v1.0/users/{user.UserPrincipalName}/authentication/phoneMethods/{OfficeId}", token,
            SimulatorClient.Json("""
                {
                  "phoneNumber": "+32 93334455",
                  "phoneType": "office",
                }
                """));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains(host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods, m => m["phoneNumber"]?.GetValue<string>() == "+32 93334455");
    }

    [Fact]
    public async Task DeleteSoftwareOath_Returns204WithEmptyBody()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = Member(host, tenant.Id, _ => true);
        Assert.True(host.State.RegisterSoftwareOath(tenant.Id, user.Id));
        var oath = host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods
            .First(m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.softwareOathAuthenticationMethod")["id"]!.GetValue<string>();
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Delete, $"v1.0/users/{user.Id}/authentication/softwareOathMethods/{oath}", token);

        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain(host.State.GetUser(tenant.Id, user.Id.ToString())!.Methods, m => m["id"]!.GetValue<string>() == oath);
    }

    [Fact]
    public async Task CreateTemporaryAccessPass_WithStartLifetimeAndMultiUse_Returns201InTheDocumentedShape()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(3);
        var user = Member(host, tenant.Id, _ => true);
        var token = await client.TokenAsync(tenant);
        var start = host.State.Time.GetUtcNow().AddDays(2).UtcDateTime.Date;

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{user.Id}/authentication/temporaryAccessPassMethods", token,
            SimulatorClient.Json($$"""{"startDateTime":"{{start:yyyy-MM-ddTHH:mm:ss.fffZ}}","lifetimeInMinutes":90,"isUsableOnce":false}"""));
        var json = await SimulatorClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        DocumentedShape.HasProperties(json, "@odata.context", "@odata.type", "id", "temporaryAccessPass", "createdDateTime", "startDateTime",
            "lifetimeInMinutes", "isUsableOnce", "isUsable", "methodUsabilityReason");
        Assert.Equal("#microsoft.graph.temporaryAccessPassAuthenticationMethod", json["@odata.type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(json["temporaryAccessPass"]!.GetValue<string>()));
        Assert.Equal((90, false, false, "NotYetValid"), (json["lifetimeInMinutes"]!.GetValue<int>(), json["isUsableOnce"]!.GetValue<bool>(),
            json["isUsable"]!.GetValue<bool>(), json["methodUsabilityReason"]!.GetValue<string>()));
        Assert.Equal(start, DateTime.Parse(json["startDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal));

        var listed = DocumentedShape.Items(await client.GetJsonAsync($"v1.0/users/{user.Id}/authentication/temporaryAccessPassMethods", token));
        var stored = Assert.Single(listed);
        DocumentedShape.HasNoODataType(stored);
        Assert.Null(stored["temporaryAccessPass"]);
    }
}
