using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Serialization.Json;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

/// <summary>The console talks to the simulator through the real Graph SDK: these check the wire shapes with it.</summary>
public sealed class GraphSdkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<GraphServiceClient> ClientAsync(SimulatorHost host, SimulatorClient client, int tenantIndex, HttpClient http)
    {
        var token = await client.TokenAsync(client.Tenant(tenantIndex));
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token, host.BaseAddress)), host.GraphV1.ToString());
    }

    [Fact]
    public async Task GraphMdExample_Deserializes_WithNoUnknownProperties()
    {
        const string Example = """{"id":"7f1c0000-0000-0000-0000-000000000000","userPrincipalName":"ana@fabrikam.example","userType":"member","isMfaRegistered":false,"methodsRegistered":["email"]}""";

        // An explicit JSON parse node: KiotaJsonSerializer relies on the default registry, which is only filled once some
        // test has constructed a GraphServiceClient, so it failed whenever this test ran first.
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Example));
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream, Ct);
        var item = node.GetObjectValue(UserRegistrationDetails.CreateFromDiscriminatorValue);

        Assert.Equal(SignInUserType.Member, item!.UserType);
        Assert.Equal(["email"], item.MethodsRegistered!);
        Assert.Empty(item.AdditionalData);
    }

    [Fact]
    public async Task PageIterator_OverReport_GetsEveryUserWithSdkEnumsAndNoUnknownProperties()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ReportPageSize = 50 }, Ct);
        using var client = new SimulatorClient(host);
        using var http = GraphClientFactory.Create();
        var graph = await ClientAsync(host, client, 3, http);
        var all = new List<UserRegistrationDetails>();

        var first = await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(cancellationToken: Ct);
        var iterator = PageIterator<UserRegistrationDetails, UserRegistrationDetailsCollectionResponse>.CreatePageIterator(graph, first!, item =>
        {
            all.Add(item);
            return true;
        });
        await iterator.IterateAsync(Ct);

        var expected = host.State.GetUsers(client.Tenant(3).Id)!.Where(u => u.AccountEnabled).ToList();
        Assert.Equal(expected.Select(u => u.Id.ToString()).Order(), all.Select(u => u.Id!).Order());
        Assert.All(all, u => Assert.Empty(u.AdditionalData));
        Assert.All(all, u => Assert.NotNull(u.UserType));
        Assert.All(all.Where(u => u.UserType == SignInUserType.Member), u => Assert.NotNull(u.UserPreferredMethodForSecondaryAuthentication));
        Assert.Contains(all, u => u.UserPreferredMethodForSecondaryAuthentication == UserDefaultAuthenticationMethod.Push);
        Assert.Contains(all, u => u.SystemPreferredAuthenticationMethods!.Contains("sms"));
    }

    [Fact]
    public async Task AuthenticationMethods_DeserializeToTypedSdkModels()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        using var http = GraphClientFactory.Create();
        var graph = await ClientAsync(host, client, 3, http);
        var users = host.State.GetUsers(client.Tenant(3).Id)!;
        var user = users.First(u => u.Methods.Count >= 4);

        var methods = await graph.Users[user.Id.ToString()].Authentication.Methods.GetAsync(cancellationToken: Ct);

        Assert.Equal(user.Methods.Count, methods!.Value!.Count);
        Assert.Contains(methods.Value, m => m is PasswordAuthenticationMethod);
        Assert.All(methods.Value, m => Assert.NotEqual(typeof(AuthenticationMethod), m.GetType()));
        var phone = methods.Value.OfType<PhoneAuthenticationMethod>().FirstOrDefault();
        if (phone is not null)
        {
            Assert.NotNull(phone.PhoneType);
            Assert.StartsWith("+32 ", phone.PhoneNumber, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Throttled_SdkRetryHandlerHonoursRetryAfterAndSucceeds()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            ThrottleEnabled = true,
            ThrottleBudget = 2,
            ThrottleWindow = TimeSpan.FromSeconds(1),
        }, Ct);
        using var client = new SimulatorClient(host);
        using var http = GraphClientFactory.Create();
        var graph = await ClientAsync(host, client, 0, http);

        for (var i = 0; i < 4; i++)
        {
            var page = await graph.Users.GetAsync(r => r.QueryParameters.Top = 5, Ct);
            Assert.Equal(5, page!.Value!.Count);
        }

        Assert.True(host.State.Faults.RequestStats(client.Tenant(0).Id).Throttled >= 1);
    }
}
