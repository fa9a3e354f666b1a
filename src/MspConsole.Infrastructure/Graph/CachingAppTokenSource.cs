using System.Collections.Concurrent;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Caches one token per tenant until shortly before it expires. One acquisition per tenant at a time;
/// different tenants do not wait for each other.</summary>
public abstract class CachingAppTokenSource(TimeProvider timeProvider, TimeSpan refreshMargin) : IAppTokenSource
{
    protected TimeProvider Time => timeProvider;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<AccessToken> GetTokenAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(tenantId, static _ => new Entry());
        var cached = entry.Current;
        if (cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = entry.Current;
            var now = timeProvider.GetUtcNow();
            if (cached is not null && now < cached.RefreshAt)
            {
                return cached.Token;
            }

            var token = await AcquireAsync(tenantId, cancellationToken).ConfigureAwait(false);
            // Renew refreshMargin before expiry, or halfway through a token that lives shorter than twice the margin.
            var lifetime = token.ExpiresOn - now;
            var margin = lifetime > refreshMargin * 2 ? refreshMargin : lifetime / 2;
            entry.Current = new CachedToken(token, token.ExpiresOn - margin);
            return token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    public void Invalidate(Guid tenantId)
    {
        if (_entries.TryGetValue(tenantId, out var entry))
        {
            entry.Current = null;
        }
    }

    protected abstract Task<AccessToken> AcquireAsync(Guid tenantId, CancellationToken cancellationToken);

    private sealed record CachedToken(AccessToken Token, DateTimeOffset RefreshAt);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile CachedToken? Current;
    }
}
