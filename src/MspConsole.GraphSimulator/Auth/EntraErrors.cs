using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MspConsole.GraphSimulator.Auth;

/// <summary>Entra ID's token-endpoint error body (GRAPH.md §1).</summary>
internal static class EntraErrors
{
    public static IResult Result(TimeProvider time, int status, string error, int code, string message)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var traceId = Guid.NewGuid();
        var correlationId = Guid.NewGuid();
        var stamp = now.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"AADSTS{code}: {message} Trace ID: {traceId} Correlation ID: {correlationId} Timestamp: {stamp}");
        var body = new JsonObject
        {
            ["error"] = error,
            ["error_description"] = description,
            ["error_codes"] = new JsonArray(code),
            ["timestamp"] = stamp,
            ["trace_id"] = traceId.ToString(),
            ["correlation_id"] = correlationId.ToString(),
            ["error_uri"] = string.Create(CultureInfo.InvariantCulture, $"https://login.microsoftonline.com/error?code={code}"),
        };
        return Results.Json(body, statusCode: status);
    }
}
