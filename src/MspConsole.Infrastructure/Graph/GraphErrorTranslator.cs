using System.Globalization;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Turns what the Graph SDK throws into a <see cref="GraphFailureException"/>, by status and error code.</summary>
internal static class GraphErrorTranslator
{
    public const string NotLicensedCode = "Authentication_RequestFromNonPremiumTenantOrB2CTenant";

    /// <summary>Null when the exception is not a Graph failure (e.g. the caller cancelled).</summary>
    public static GraphFailureException? Translate(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        GraphFailureException failure => failure,
        ODataError odata => FromStatus(odata.ResponseStatusCode, odata.Error?.Code, odata.Error?.Message,
            RequestId(odata.ResponseHeaders) ?? odata.Error?.InnerError?.RequestId, RetryAfter(odata.ResponseHeaders), odata),
        ApiException api => FromStatus(api.ResponseStatusCode, null, null, RequestId(api.ResponseHeaders), RetryAfter(api.ResponseHeaders), api),
        // The SDK's retry handler gives up with an AggregateException of the attempts' failures; the last one counts.
        AggregateException aggregate when aggregate.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last =>
            FromStatus(last.ResponseStatusCode, null, null, RequestId(last.ResponseHeaders), RetryAfter(last.ResponseHeaders), aggregate),
        HttpRequestException http => new GraphFailureException(GraphFailureKind.Transient, "Microsoft Graph could not be reached.", innerException: http),
        OperationCanceledException canceled when !cancellationToken.IsCancellationRequested =>
            new GraphFailureException(GraphFailureKind.Transient, "The Graph request timed out.", innerException: canceled),
        _ => null,
    };

    private static GraphFailureException FromStatus(int status, string? code, string? graphMessage, string? requestId, TimeSpan? retryAfter, Exception inner)
    {
        var (kind, message) = status switch
        {
            400 => (GraphFailureKind.BadRequest, graphMessage ?? "Graph refused the request."),
            401 => (GraphFailureKind.ConsentMissing, "Graph refused the app's token: consent may have been revoked."),
            403 when string.Equals(code, NotLicensedCode, StringComparison.OrdinalIgnoreCase) =>
                (GraphFailureKind.NotLicensed, "The tenant has no Entra ID P1/P2 licence for the registration report."),
            403 => (GraphFailureKind.PermissionMissing, "The app lacks a permission for this call" + Suffix(graphMessage)),
            404 => (GraphFailureKind.NotFound, graphMessage ?? "Not found."),
            429 => (GraphFailureKind.Throttled, "Graph is still throttling after retries."),
            >= 500 => (GraphFailureKind.Transient, "Graph is unavailable" + Suffix(graphMessage)),
            _ => (GraphFailureKind.Unknown, $"Graph answered {status.ToString(CultureInfo.InvariantCulture)}" + Suffix(graphMessage)),
        };
        return new GraphFailureException(kind, message, requestId, retryAfter, inner) { ErrorCode = code };
    }

    private static string Suffix(string? graphMessage) => string.IsNullOrWhiteSpace(graphMessage) ? "." : $": {graphMessage}";

    private static string? Header(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static string? RequestId(IDictionary<string, IEnumerable<string>>? headers) => Header(headers, "request-id");

    internal static TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = Header(headers, "Retry-After");
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        // An HTTP-date Retry-After is rare (Graph sends seconds); measured against the wall clock like the retry handler does.
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}
