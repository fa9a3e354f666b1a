using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Graph's error envelope (GRAPH.md §7), with the request ids echoed in <c>innerError</c>.</summary>
internal static class GraphErrors
{
    public const string NotFoundCode = "Request_ResourceNotFound";

    public static IResult Result(HttpContext context, int status, string code, string message, int? retryAfterSeconds = null)
    {
        var time = context.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var requestId = context.Response.Headers["request-id"].ToString();
        var clientRequestId = context.Response.Headers["client-request-id"].ToString();
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = clientRequestId,
                },
            },
        };
        return Results.Json(body, statusCode: status);
    }

    public static IResult NotFound(HttpContext context, string id) =>
        Result(context, 404, NotFoundCode, $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    public static IResult BadRequest(HttpContext context, string message) => Result(context, 400, "BadRequest", message);

    public static IResult Denied(HttpContext context) =>
        Result(context, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    public static Task WriteAsync(HttpContext context, int status, string code, string message, int? retryAfterSeconds = null) =>
        Result(context, status, code, message, retryAfterSeconds).ExecuteAsync(context);
}
