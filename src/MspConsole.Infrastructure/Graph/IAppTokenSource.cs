namespace MspConsole.Infrastructure.Graph;

/// <summary>App-only tokens for Microsoft Graph, per customer tenant. Failures throw
/// <see cref="MspConsole.Core.Graph.GraphFailureException"/> (consent missing, unknown tenant, wrong credentials…).</summary>
public interface IAppTokenSource
{
    Task<AccessToken> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>Forgets a cached token, e.g. after Graph answered 401 because consent was revoked.</summary>
    void Invalidate(Guid tenantId);
}
