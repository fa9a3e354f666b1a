using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Onboarding: domain → tenant id through the login host's OpenID discovery document, and the connection test.</summary>
public sealed class TenantDiscovery(
    IHttpClientFactory httpClientFactory,
    IAppTokenSource tokenSource,
    TenantGraphClientFactory clientFactory,
    IOptions<GraphOptions> options) : ITenantDiscovery
{
    public async Task<Guid?> ResolveTenantIdAsync(string domain, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        var trimmed = domain.Trim();
        if (Guid.TryParse(trimmed, out var alreadyId))
        {
            trimmed = alreadyId.ToString("D");
        }
        else if (trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Contains('?', StringComparison.Ordinal) || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            // Not a domain name: never let it reshape the URL.
            return null;
        }

        var address = new Uri(options.Value.LoginUri(), $"{Uri.EscapeDataString(trimmed)}/v2.0/.well-known/openid-configuration");
        var client = httpClientFactory.CreateClient(ClientCredentialsTokenSource.HttpClientName);
        using var response = await client.GetAsync(address, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var failure = EntraErrorMapping.ToFailure(response.StatusCode, body);
            if (failure.Kind == GraphFailureKind.UnknownTenant || response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
            {
                return null;
            }

            throw failure;
        }

        return TenantIdFromDiscovery(body);
    }

    /// <summary>The tenant GUID is the first path segment of <c>issuer</c> (https://login.microsoftonline.com/{tid}/v2.0),
    /// also found in <c>token_endpoint</c>.</summary>
    internal static Guid? TenantIdFromDiscovery(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in new[] { "issuer", "token_endpoint" })
        {
            if (document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri))
            {
                foreach (var segment in uri.Segments)
                {
                    if (Guid.TryParse(segment.Trim('/'), out var id))
                    {
                        return id;
                    }
                }
            }
        }

        return null;
    }

    public Task<ConnectionTestResult> TestConnectionAsync(Guid tenantId, CancellationToken cancellationToken) =>
        new ConnectionTest(tenantId, tokenSource, clientFactory.Create(tenantId)).RunAsync(cancellationToken);
}
