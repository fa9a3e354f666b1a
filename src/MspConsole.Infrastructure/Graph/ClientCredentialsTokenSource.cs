using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>The OAuth 2.0 client-credentials grant as a plain HTTP POST with the client secret. Works against the
/// simulator over http (which MSAL refuses) and against Entra ID.</summary>
public sealed class ClientCredentialsTokenSource(
    IHttpClientFactory httpClientFactory,
    IOptions<GraphOptions> options,
    TimeProvider timeProvider,
    ILogger<ClientCredentialsTokenSource> logger)
    : CachingAppTokenSource(timeProvider, TimeSpan.FromSeconds(options.Value.TokenRefreshMarginSeconds))
{
    public const string HttpClientName = "MspConsole.Graph.Login";

    protected override async Task<AccessToken> AcquireAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = new Uri(settings.LoginUri(), $"{tenantId:D}/oauth2/v2.0/token");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret ?? string.Empty,
            ["scope"] = settings.EffectiveScope,
            ["grant_type"] = "client_credentials",
        });

        var client = httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new GraphFailureException(GraphFailureKind.Transient, "The token endpoint could not be reached.", innerException: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphFailureException(GraphFailureKind.Transient, "The token request timed out.", innerException: ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var failure = EntraErrorMapping.ToFailure(response.StatusCode, body, response.Headers.RetryAfter?.Delta);
                GraphLog.TokenRefused(logger, tenantId, failure.Kind, failure.ErrorCode, failure.RequestId);
                throw failure;
            }

            return Parse(body, Time.GetUtcNow());
        }
    }

    internal static AccessToken Parse(string body, DateTimeOffset now)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var token = root.TryGetProperty("access_token", out var t) ? t.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            throw new GraphFailureException(GraphFailureKind.Unknown, "The token endpoint answered without an access token.");
        }

        var expiresIn = 3600;
        if (root.TryGetProperty("expires_in", out var e))
        {
            // Entra sends a number; some proxies and older endpoints send a string.
            expiresIn = e.ValueKind == JsonValueKind.Number ? e.GetInt32()
                : int.TryParse(e.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : expiresIn;
        }

        return new AccessToken(token, now.AddSeconds(expiresIn));
    }
}
