using Microsoft.Kiota.Abstractions.Authentication;

namespace MspConsole.Infrastructure.Graph;

/// <summary>The Graph SDK's token seam for one tenant. Only hosts in <see cref="AllowedHostsValidator"/> get a token:
/// it must hold the configured Graph host, or requests to a simulator go out without Authorization.</summary>
internal sealed class TenantAccessTokenProvider(IAppTokenSource tokenSource, Guid tenantId, string graphHost) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        var token = await tokenSource.GetTokenAsync(tenantId, cancellationToken).ConfigureAwait(false);
        return token.Token;
    }
}
