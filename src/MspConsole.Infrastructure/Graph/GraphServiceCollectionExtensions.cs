using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.InMemory;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers the tenant-scoped Graph client (<see cref="ITenantGraphClientFactory"/>, <see cref="ITenantDiscovery"/>)
    /// from the "Graph" configuration section, validated at start. Graph:TokenSource picks the token source:
    /// IdentityWeb (production; MSAL with certificate or secret) or ClientCredentials (plain HTTP; the simulator).
    /// </summary>
    public static IServiceCollection AddTenantGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(GraphOptions.SectionName);
        services.AddOptions<GraphOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // One pooled primary handler for every tenant's Graph pipeline; connections recycled so DNS changes are seen.
        services.AddHttpClient(TenantGraphClientFactory.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.None,
            });
        services.AddHttpClient(ClientCredentialsTokenSource.HttpClientName, (sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<GraphOptions>>().Value.RequestTimeoutSeconds));

        services.TryAddSingleton<TenantGraphClientFactory>();
        services.TryAddSingleton<ITenantGraphClientFactory>(sp => sp.GetRequiredService<TenantGraphClientFactory>());
        services.TryAddSingleton<ITenantDiscovery, TenantDiscovery>();

        // Chosen when first used, from the options as finally configured (the embedded simulator sets its own at start).
        services.TryAddSingleton<ClientCredentialsTokenSource>();
        AddIdentityWebTokenSource(services);
        services.TryAddSingleton<IAppTokenSource>(provider =>
            provider.GetRequiredService<IOptions<GraphOptions>>().Value.TokenSource == TokenSourceKind.ClientCredentials
                ? provider.GetRequiredService<ClientCredentialsTokenSource>()
                : provider.GetRequiredService<IdentityWebTokenSource>());

        return services;
    }

    private static void AddIdentityWebTokenSource(IServiceCollection services)
    {
        // Singleton token acquisition: the token source is used from background jobs, outside any request scope.
        services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        services.AddInMemoryTokenCaches();
        services.AddOptions<MicrosoftIdentityApplicationOptions>(IdentityWebTokenSource.OptionsName)
            .Configure<IOptions<GraphOptions>>((identity, graphOptions) =>
            {
                var graph = graphOptions.Value;
                identity.Instance = graph.LoginUri().ToString();
                // The app is multi-tenant; each request names the customer tenant (AcquireTokenOptions.Tenant).
                identity.TenantId = "organizations";
                identity.ClientId = graph.ClientId;
                identity.ClientCredentials = Credentials(graph).ToList();
            });
        services.TryAddSingleton<IdentityWebTokenSource>();
    }

    /// <summary>Certificate first (preferred), secret as the fallback.</summary>
    private static IEnumerable<CredentialDescription> Credentials(GraphOptions graph)
    {
        if (!string.IsNullOrWhiteSpace(graph.CertificatePath))
        {
            yield return new CredentialDescription
            {
                SourceType = CredentialSource.Path,
                CertificateDiskPath = graph.CertificatePath,
                CertificatePassword = graph.CertificatePassword,
            };
        }

        if (!string.IsNullOrWhiteSpace(graph.CertificateThumbprint))
        {
            yield return new CredentialDescription
            {
                SourceType = CredentialSource.StoreWithThumbprint,
                CertificateStorePath = "CurrentUser/My",
                CertificateThumbprint = graph.CertificateThumbprint,
            };
        }

        if (!string.IsNullOrWhiteSpace(graph.ClientSecret))
        {
            yield return new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = graph.ClientSecret };
        }
    }
}
