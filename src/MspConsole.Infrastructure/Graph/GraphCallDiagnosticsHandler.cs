using System.Net;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Innermost handler of a tenant client's pipeline (below the SDK's retry handler), so it sees every attempt on
/// the wire: counts requests, throttled responses (429/503) and retries (requests the retry handler marked Retry-Attempt).</summary>
internal sealed class GraphCallDiagnosticsHandler : DelegatingHandler
{
    private int _requests;
    private int _throttled;
    private int _retries;

    public GraphCallCounts Counts => new(Volatile.Read(ref _requests), Volatile.Read(ref _throttled), Volatile.Read(ref _retries));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (request.Headers.Contains("Retry-Attempt"))
        {
            Interlocked.Increment(ref _retries);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            Interlocked.Increment(ref _throttled);
        }

        return response;
    }
}
