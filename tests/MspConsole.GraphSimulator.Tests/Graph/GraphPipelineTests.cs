using System.Net;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class GraphPipelineTests
{
    private const string Report = "v1.0/reports/authenticationMethods/userRegistrationDetails";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_WithoutToken_Returns401EnvelopeAndRequestIdHeaders()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        using var response = await client.SendAsync(HttpMethod.Get, "v1.0/users", token: null);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken");
    }

    [Fact]
    public async Task Request_WithTamperedToken_Returns401()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));
        var parts = token.Split('.');
        var other = (await client.TokenAsync(client.Tenant(4))).Split('.');

        using var response = await client.GetAsync("v1.0/users", $"{parts[0]}.{other[1]}.{parts[2]}");

        await GraphAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken");
    }

    [Fact]
    public async Task Request_EchoesClientRequestId()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1.0/users");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("client-request-id", "abc-123");

        using var response = await client.Http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abc-123", response.Headers.GetValues("client-request-id").Single());
        Assert.True(Guid.TryParse(response.Headers.GetValues("request-id").Single(), out _));
    }

    [Fact]
    public async Task Request_AfterPermissionRemoved_Returns403AuthorizationRequestDenied()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        using var control = await client.Http.DeleteAsync($"_simulator/tenants/{tenant.Id}/permissions/{Permissions.AuditLogRead}", Ct);
        control.EnsureSuccessStatusCode();

        using var report = await client.GetAsync(Report, token);
        using var users = await client.GetAsync("v1.0/users", await client.TokenAsync(tenant));

        await GraphAssert.ErrorAsync(report, HttpStatusCode.Forbidden, "Authorization_RequestDenied");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }

    [Fact]
    public async Task ConsentRevoked_ExistingTokenGets401_AndTokenEndpointRefuses()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        using var control = await client.Http.DeleteAsync($"_simulator/tenants/{tenant.Id}/consent", Ct);
        control.EnsureSuccessStatusCode();

        using var graph = await client.GetAsync("v1.0/users", token);
        using var tokenResponse = await client.RequestTokenAsync(tenant.Id.ToString());

        await GraphAssert.ErrorAsync(graph, HttpStatusCode.Unauthorized, "InvalidAuthenticationToken");
        Assert.Equal(HttpStatusCode.BadRequest, tokenResponse.StatusCode);
        Assert.Equal("unauthorized_client", (await SimulatorClient.ReadJsonAsync(tokenResponse))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Throttling_BudgetExceeded_Returns429WithRetryAfter_PerTenant()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ThrottleEnabled = true, ThrottleBudget = 3 }, Ct);
        using var client = new SimulatorClient(host);
        var a = client.Tenant(0);
        var tokenA = await client.TokenAsync(a);
        var tokenB = await client.TokenAsync(client.Tenant(4));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await client.GetAsync("v1.0/users", tokenA);
            statuses.Add(r.StatusCode);
        }

        using var throttled = await client.GetAsync("v1.0/users", tokenA);
        using var otherTenant = await client.GetAsync("v1.0/users", tokenB);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await GraphAssert.ErrorAsync(throttled, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 10);
        Assert.Equal(HttpStatusCode.OK, otherTenant.StatusCode);
        var stats = host.State.Faults.RequestStats(a.Id);
        Assert.Equal(5, stats.Total);
        Assert.Equal(2, stats.Throttled);
    }

    [Fact]
    public async Task Throttling_WindowElapsed_ServesAgain()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ThrottleEnabled = true, ThrottleBudget = 1, TimeProvider = time }, Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));
        using var first = await client.GetAsync("v1.0/users", token);
        using var second = await client.GetAsync("v1.0/users", token);

        time.Advance(TimeSpan.FromSeconds(10));
        using var third = await client.GetAsync("v1.0/users", token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task FailNext_InjectsExactly_N_503sWithRetryAfter_ThenServes()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var token = await client.TokenAsync(tenant);
        using var control = await client.Http.PostAsync($"_simulator/tenants/{tenant.DefaultDomain}/fail-next?count=2&status=503&retryAfter=2", null, Ct);
        control.EnsureSuccessStatusCode();

        using var first = await client.GetAsync("v1.0/users", token);
        using var second = await client.GetAsync("v1.0/users", token);
        using var third = await client.GetAsync("v1.0/users", token);

        await GraphAssert.ErrorAsync(first, HttpStatusCode.ServiceUnavailable, "serviceNotAvailable");
        Assert.Equal("2", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task ServerErrorRate_IsSeededAndYields503And504()
    {
        async Task<List<int>> RunAsync()
        {
            await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ServerErrorRate = 0.5, Seed = 7 }, Ct);
            using var client = new SimulatorClient(host);
            var token = await client.TokenAsync(client.Tenant(0));
            var codes = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                using var r = await client.GetAsync("v1.0/users?$top=1", token);
                codes.Add((int)r.StatusCode);
            }

            return codes;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(503, first);
        Assert.Contains(504, first);
    }

    [Fact]
    public async Task UnknownSegment_Returns400BadRequestEnvelope()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));

        using var response = await client.GetAsync("v1.0/nonsense/things", token);

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task FaultSettings_SetThroughControlApi_TakeEffect()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var token = await client.TokenAsync(client.Tenant(0));
        using var put = await client.Http.PutAsync("_simulator/faults", SimulatorClient.Json(new FaultSettings(true, 1, 10, 0, 0)), Ct);
        put.EnsureSuccessStatusCode();

        using var first = await client.GetAsync("v1.0/users", token);
        using var second = await client.GetAsync("v1.0/users", token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
