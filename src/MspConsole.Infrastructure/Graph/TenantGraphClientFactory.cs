using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> per tenant client: the SDK's default middleware (retry honouring Retry-After,
/// redirect, compression…) with our retry limits, a diagnostics handler of its own, over one pooled primary handler
/// shared by all tenants (from IHttpClientFactory, so connections are reused and DNS changes are picked up).
/// </summary>
public sealed class TenantGraphClientFactory(
    IHttpMessageHandlerFactory handlerFactory,
    IAppTokenSource tokenSource,
    IOptions<GraphOptions> options,
    ILoggerFactory loggerFactory) : ITenantGraphClientFactory
{
    public const string HttpClientName = "MspConsole.Graph";

    public ITenantGraphClient ForTenant(Guid tenantId) => Create(tenantId);

    internal TenantGraphClient Create(Guid tenantId)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A tenant id is required.", nameof(tenantId));
        }

        var diagnostics = new GraphCallDiagnosticsHandler();
        var graph = CreateServiceClient(tenantId, diagnostics);
        return new TenantGraphClient(tenantId, graph, diagnostics, tokenSource, options.Value, loggerFactory.CreateLogger<TenantGraphClient>());
    }

    /// <summary>The SDK client for one tenant with the console's middleware, for reads outside <see cref="ITenantGraphClient"/>
    /// (the GDAP customer list in the MSP's own tenant).</summary>
    internal GraphServiceClient CreateServiceClient(Guid tenantId, GraphCallDiagnosticsHandler diagnostics)
    {
        var settings = options.Value;
        var middleware = GraphClientFactory.CreateDefaultHandlers();
        var retryIndex = middleware.ToList().FindIndex(h => h is RetryHandler);
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = settings.MaxRetries,
            Delay = settings.ThrottleBackoffSeconds,
            RetriesTimeLimit = TimeSpan.FromSeconds(settings.MaxRetryWaitSeconds),
        });
        if (retryIndex >= 0)
        {
            middleware[retryIndex] = retry;
        }
        else
        {
            middleware.Insert(0, retry);
        }

        // Last in the list = innermost: it sees every attempt the retry handler makes.
        middleware.Add(diagnostics);

        var httpClient = GraphClientFactory.Create(middleware, finalHandler: handlerFactory.CreateHandler(HttpClientName));
        // HttpClient's timeout spans the whole pipeline, retries and Retry-After waits included: give every attempt its
        // RequestTimeoutSeconds plus the retry wait budget, so a throttled call surfaces as Throttled, not as a timeout.
        httpClient.Timeout = TimeSpan.FromSeconds((settings.RequestTimeoutSeconds * (settings.MaxRetries + 1)) + settings.MaxRetryWaitSeconds);

        var graphUri = settings.GraphV1Uri();
        var authentication = new BaseBearerTokenAuthenticationProvider(new TenantAccessTokenProvider(tokenSource, tenantId, graphUri.Host));
        return new GraphServiceClient(httpClient, authentication, graphUri.ToString());
    }
}
