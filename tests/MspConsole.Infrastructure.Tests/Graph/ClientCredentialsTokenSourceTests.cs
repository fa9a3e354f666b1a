using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

public sealed class ClientCredentialsTokenSourceTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly TokenRequestCounter counter = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Token_IsCachedPerTenant_UntilShortlyBeforeItExpires()
    {
        using var services = CreateServices();
        var tokens = services.GetRequiredService<IAppTokenSource>();
        var tenant = simulator.LicensedTenant.Id;

        var first = await tokens.GetTokenAsync(tenant, Ct);
        var again = await tokens.GetTokenAsync(tenant, Ct);
        Assert.Equal(first, again);
        Assert.Equal(1, counter.Count);

        await tokens.GetTokenAsync(simulator.UnlicensedTenant.Id, Ct);
        Assert.Equal(2, counter.Count);

        // The simulator's tokens live 3,599 s; renewal starts 300 s (TokenRefreshMarginSeconds) before that.
        time.Advance(TimeSpan.FromSeconds(3_599 - 301));
        await tokens.GetTokenAsync(tenant, Ct);
        Assert.Equal(2, counter.Count);

        time.Advance(TimeSpan.FromSeconds(2));
        var renewed = await tokens.GetTokenAsync(tenant, Ct);
        Assert.Equal(3, counter.Count);
        Assert.True(renewed.ExpiresOn > first.ExpiresOn);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneTokenRequest()
    {
        using var services = CreateServices();
        var tokens = services.GetRequiredService<IAppTokenSource>();
        var tenant = simulator.LicensedTenant.Id;

        var all = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => tokens.GetTokenAsync(tenant, Ct)));

        Assert.Single(all.Select(t => t.Token).Distinct());
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task Invalidate_ForcesANewTokenRequest()
    {
        using var services = CreateServices();
        var tokens = services.GetRequiredService<IAppTokenSource>();
        var tenant = simulator.LicensedTenant.Id;
        await tokens.GetTokenAsync(tenant, Ct);

        tokens.Invalidate(tenant);
        await tokens.GetTokenAsync(tenant, Ct);

        Assert.Equal(2, counter.Count);
    }

    [Fact]
    public async Task RefusedToken_IsNotCached()
    {
        using var services = CreateServices();
        var tokens = services.GetRequiredService<IAppTokenSource>();
        var tenant = simulator.UnconsentedTenant.Id;

        await Assert.ThrowsAsync<GraphFailureException>(() => tokens.GetTokenAsync(tenant, Ct));
        await Assert.ThrowsAsync<GraphFailureException>(() => tokens.GetTokenAsync(tenant, Ct));

        Assert.Equal(2, counter.Count);
    }

    [Theory]
    [InlineData("Graph:ClientId", null, "ClientId")]
    [InlineData("Graph:ClientSecret", null, "ClientSecret")]
    [InlineData("Graph:GraphBaseUrl", "not a url", "GraphBaseUrl")]
    [InlineData("Graph:MaxRetries", "11", "MaxRetries")]
    [InlineData("Graph:UserPageSize", "1000", "UserPageSize")]
    [InlineData("Graph:TokenSource", "IdentityWeb", "https")]
    public void InvalidGraphConfiguration_FailsValidation(string key, string? value, string expectedInMessage)
    {
        using var services = simulator.CreateGraphServices(settings => settings[key] = value);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains(expectedInMessage, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulatorConfiguration_IsValid_AndPointsGraphAndLoginAtIt()
    {
        using var services = simulator.CreateGraphServices();

        var options = services.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal(new Uri(simulator.Host.BaseAddress, "v1.0"), options.GraphV1Uri());
        Assert.Equal(simulator.Host.BaseAddress, options.LoginUri());
        Assert.IsType<ClientCredentialsTokenSource>(services.GetRequiredService<IAppTokenSource>());
    }

    private ServiceProvider CreateServices() => simulator.CreateGraphServices(services: collection =>
    {
        collection.AddSingleton<TimeProvider>(time);
        collection.AddHttpClient(ClientCredentialsTokenSource.HttpClientName).AddHttpMessageHandler(() => new CountingHandler(counter));
    });

    private sealed class TokenRequestCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Increment() => Interlocked.Increment(ref count);
    }

    private sealed class CountingHandler(TokenRequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Increment();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
