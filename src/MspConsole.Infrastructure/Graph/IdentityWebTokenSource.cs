using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Client;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Production tokens through Microsoft.Identity.Web (MSAL): app-only, per customer tenant, with the
/// certificate or secret from configuration. MSAL caches the tokens itself; nothing is stored per tenant.</summary>
public sealed class IdentityWebTokenSource(
    ITokenAcquirerFactory tokenAcquirerFactory,
    IOptions<GraphOptions> options,
    ILogger<IdentityWebTokenSource> logger) : IAppTokenSource
{
    /// <summary>The name of the MicrosoftIdentityApplicationOptions this source uses.</summary>
    public const string OptionsName = "MspConsole.Graph";

    private readonly ConcurrentDictionary<Guid, bool> _forceRefresh = new();

    public async Task<AccessToken> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var acquirer = tokenAcquirerFactory.GetTokenAcquirer(OptionsName);
        var acquireOptions = new AcquireTokenOptions
        {
            Tenant = tenantId.ToString("D"),
            ForceRefresh = _forceRefresh.TryRemove(tenantId, out _),
        };
        try
        {
            var result = await acquirer.GetTokenForAppAsync(options.Value.EffectiveScope, acquireOptions, cancellationToken).ConfigureAwait(false);
            return new AccessToken(result.AccessToken ?? string.Empty, result.ExpiresOn);
        }
        catch (MsalServiceException ex)
        {
            var failure = ex.ResponseBody is { Length: > 0 } body
                ? EntraErrorMapping.ToFailure((HttpStatusCode)ex.StatusCode, body)
                : new GraphFailureException(
                    EntraErrorMapping.Classify((HttpStatusCode)ex.StatusCode, ex.ErrorCode, []),
                    "The token request failed.", ex.CorrelationId);
            GraphLog.TokenRefused(logger, tenantId, failure.Kind, failure.ErrorCode, failure.RequestId);
            throw new GraphFailureException(failure.Kind, failure.Message, failure.RequestId, failure.RetryAfter, ex)
            {
                ErrorCode = failure.ErrorCode,
            };
        }
        catch (MsalClientException ex)
        {
            // Client-side: bad certificate, unreachable authority, malformed configuration.
            GraphLog.TokenNotRequested(logger, tenantId, ex.ErrorCode);
            var kind = ex.ErrorCode is "request_timeout" or "service_not_available" ? GraphFailureKind.Transient : GraphFailureKind.InvalidCredentials;
            throw new GraphFailureException(kind, $"The token could not be requested ({ex.ErrorCode}).", innerException: ex) { ErrorCode = ex.ErrorCode };
        }
        catch (HttpRequestException ex)
        {
            throw new GraphFailureException(GraphFailureKind.Transient, "The token endpoint could not be reached.", innerException: ex);
        }
    }

    public void Invalidate(Guid tenantId) => _forceRefresh[tenantId] = true;
}
