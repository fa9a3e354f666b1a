using System.Net;
using System.Text.Json;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Turns an Entra ID (login host) error response into a <see cref="GraphFailureException"/>,
/// branching on <c>error</c> and <c>error_codes</c>, never on the description text.</summary>
internal static class EntraErrorMapping
{
    public static GraphFailureException ToFailure(HttpStatusCode status, string body, TimeSpan? retryAfter = null)
    {
        string? error = null;
        string? description = null;
        string? traceId = null;
        var codes = new List<int>();
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                error = GetString(root, "error");
                description = GetString(root, "error_description");
                traceId = GetString(root, "trace_id") ?? GetString(root, "correlation_id");
                if (root.TryGetProperty("error_codes", out var codesElement) && codesElement.ValueKind == JsonValueKind.Array)
                {
                    codes.AddRange(codesElement.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Number).Select(c => c.GetInt32()));
                }
            }
        }
        catch (JsonException)
        {
            // Not Entra's JSON (a proxy page, say): classify by status alone below.
        }

        var kind = Classify(status, error, codes);
        var firstLine = description?.Split('\n', 2)[0].Trim();
        var message = kind switch
        {
            GraphFailureKind.UnknownTenant => "Entra ID knows no such tenant or domain.",
            GraphFailureKind.ConsentMissing => "The app is not consented in this tenant: an administrator must grant admin consent.",
            GraphFailureKind.InvalidCredentials => "The app's client secret or certificate was refused (wrong or expired).",
            GraphFailureKind.Throttled => "The token endpoint is throttling requests.",
            GraphFailureKind.Transient => "The token endpoint is unavailable.",
            _ => "The token request failed.",
        };
        if (!string.IsNullOrEmpty(firstLine))
        {
            message = $"{message} ({firstLine})";
        }

        return new GraphFailureException(kind, message, traceId, retryAfter)
        {
            ErrorCode = codes.Count > 0 ? $"AADSTS{codes[0]}" : error,
        };
    }

    internal static GraphFailureKind Classify(HttpStatusCode status, string? error, IReadOnlyCollection<int> codes)
    {
        if (codes.Contains(90002) || string.Equals(error, "invalid_tenant", StringComparison.Ordinal))
        {
            return GraphFailureKind.UnknownTenant;
        }

        if (codes.Contains(700016) || codes.Contains(7000229) || string.Equals(error, "unauthorized_client", StringComparison.Ordinal))
        {
            return GraphFailureKind.ConsentMissing;
        }

        // 7000215 invalid secret, 7000222 expired secret, 700027 bad certificate assertion, 700024 assertion out of time.
        if (codes.Contains(7000215) || codes.Contains(7000222) || codes.Contains(700027) || codes.Contains(700024)
            || string.Equals(error, "invalid_client", StringComparison.Ordinal))
        {
            return GraphFailureKind.InvalidCredentials;
        }

        return status switch
        {
            HttpStatusCode.TooManyRequests => GraphFailureKind.Throttled,
            >= HttpStatusCode.InternalServerError => GraphFailureKind.Transient,
            _ => GraphFailureKind.Unknown,
        };
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
