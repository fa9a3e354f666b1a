using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Graph;
using MspConsole.Infrastructure.Onboarding;

namespace MspConsole.Infrastructure.Tests.Onboarding;

/// <summary>
/// GET /tenantRelationships/delegatedAdminCustomers through the real Graph SDK pipeline, against a fake partner tenant
/// (the simulator has no GDAP endpoint yet): paging, the partner tenant's token, and failures.
/// </summary>
public sealed class GdapCustomerSourceTests
{
    private static readonly Guid PartnerTenant = Guid.Parse("11111111-2222-4333-8444-555555555555");

    [Fact]
    public async Task ListCustomers_TwoPages_ReturnsEveryCustomerOnceSortedByName_WithThePartnerTenantsToken()
    {
        var alpha = Guid.NewGuid();
        var bravo = Guid.NewGuid();
        var partner = new FakePartnerTenant(request => request.RequestUri!.Query.Contains("skiptoken=2", StringComparison.Ordinal)
            ? Json($$"""{"value":[{"id":"{{bravo}}","tenantId":"{{bravo}}","displayName":"Bravo Makelaars"},{"id":"x","tenantId":"not-a-guid","displayName":"Broken"}]}""")
            : Json($$"""{"value":[{"id":"{{alpha}}","tenantId":"{{alpha}}","displayName":"Alpha Verzekeringen"},{"id":"{{bravo}}","tenantId":"{{bravo}}","displayName":"Bravo Makelaars"}],"@odata.nextLink":"http://partner.test/v1.0/tenantRelationships/delegatedAdminCustomers?$skiptoken=2"}"""));
        using var services = Services(partner, PartnerTenant);
        var source = services.GetRequiredService<IPartnerCustomerSource>();

        var customers = await source.ListCustomersAsync(TestContext.Current.CancellationToken);

        Assert.True(source.IsConfigured);
        Assert.Equal([new PartnerCustomer(alpha, "Alpha Verzekeringen"), new PartnerCustomer(bravo, "Bravo Makelaars")], customers);
        Assert.Equal($"/{PartnerTenant}/oauth2/v2.0/token", Assert.Single(partner.Requests, r => r.Method == HttpMethod.Post).Path);
        var reads = partner.Requests.Where(r => r.Method == HttpMethod.Get).ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("Bearer partner-token", r.Authorization));
        Assert.All(reads, r => Assert.Equal("/v1.0/tenantRelationships/delegatedAdminCustomers", r.Path));
    }

    [Fact]
    public async Task ListCustomers_PermissionNotGrantedInThePartnerTenant_ThrowsPermissionMissing()
    {
        var partner = new FakePartnerTenant(_ => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("""{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}""", Encoding.UTF8, "application/json"),
        });
        using var services = Services(partner, PartnerTenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            services.GetRequiredService<IPartnerCustomerSource>().ListCustomersAsync(TestContext.Current.CancellationToken));

        Assert.Equal(GraphFailureKind.PermissionMissing, failure.Kind);
    }

    [Fact]
    public async Task ListCustomers_WithoutAPartnerTenant_IsNotConfiguredAndRefusesToRead()
    {
        var partner = new FakePartnerTenant(_ => Json("""{"value":[]}"""));
        using var services = Services(partner, partnerTenantId: null);
        var source = services.GetRequiredService<IPartnerCustomerSource>();

        Assert.False(source.IsConfigured);
        await Assert.ThrowsAsync<InvalidOperationException>(() => source.ListCustomersAsync(TestContext.Current.CancellationToken));
        Assert.Empty(partner.Requests);
    }

    private static ServiceProvider Services(FakePartnerTenant partner, Guid? partnerTenantId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:GraphBaseUrl"] = "http://partner.test",
            ["Graph:LoginBaseUrl"] = "http://partner.test",
            ["Graph:ClientId"] = "5ad1a0c4-9e21-4b7e-9f4c-3c0e5c0f00d1",
            ["Graph:ClientSecret"] = "secret",
            ["Graph:TokenSource"] = "ClientCredentials",
            ["Graph:ThrottleBackoffSeconds"] = "0",
            ["Graph:PartnerTenantId"] = partnerTenantId?.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTenantGraph(configuration);
        services.AddOnboardingInfrastructure(configuration);
        services.AddHttpClient(TenantGraphClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => partner);
        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => partner);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>The partner tenant's token endpoint and Graph, answering from <paramref name="graph"/>; records every request.</summary>
    private sealed class FakePartnerTenant(Func<HttpRequestMessage, HttpResponseMessage> graph) : HttpMessageHandler
    {
        public ConcurrentQueue<(HttpMethod Method, string Path, string? Authorization)> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue((request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString()));
            return Task.FromResult(request.Method == HttpMethod.Post && request.RequestUri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? Json("""{"token_type":"Bearer","expires_in":3599,"access_token":"partner-token"}""")
                : graph(request));
        }
    }
}
