using Microsoft.Kiota.Abstractions.Authentication;

namespace MspConsole.GraphSimulator.Tests.Support;

/// <summary>Hands the Graph SDK a simulator token for the simulator's host only.</summary>
public sealed class StaticTokenProvider(string token, Uri baseAddress) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseAddress.Authority]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default) => Task.FromResult(token);
}
