using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Graph response bodies: entities and collections with <c>@odata.context</c> first, and request bodies read without ASP.NET's own 400s.</summary>
internal static class GraphJson
{
    public static JsonSerializerOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    public static IResult Entity(HttpContext context, string contextFragment, object entity, int status = 200)
    {
        var json = new JsonObject { ["@odata.context"] = GraphLinks.Context(context.Request, contextFragment) };
        var node = entity as JsonObject ?? JsonSerializer.SerializeToNode(entity, entity.GetType(), Options(context))?.AsObject()
            ?? throw new InvalidOperationException("Entity serialized to null.");
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            json[key] = value;
        }

        return Results.Json(json, statusCode: status);
    }

    public static IResult Collection(HttpContext context, string contextFragment, IEnumerable<object> items, string? nextLink = null, int? count = null)
    {
        var body = new Dictionary<string, object?> { ["@odata.context"] = GraphLinks.Context(context.Request, contextFragment) };
        if (count is not null)
        {
            body["@odata.count"] = count;
        }

        body["value"] = items;
        if (nextLink is not null)
        {
            body["@odata.nextLink"] = nextLink;
        }

        return Results.Json(body);
    }

    /// <summary>Parses the request body as JSON; null (and a 400 in <paramref name="error"/>) when it is missing or malformed.
    /// With <paramref name="caseInsensitive"/>, property lookups at every level ignore case (Graph matches action parameters
    /// such as sendMail's <c>Message</c> that way).</summary>
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context, CancellationToken cancellationToken,
        bool caseInsensitive = false)
    {
        try
        {
            var options = new JsonNodeOptions { PropertyNameCaseInsensitive = caseInsensitive };
            // Graph's reader takes a trailing comma (Microsoft's own PATCH phoneMethods example has one).
            var document = new JsonDocumentOptions { AllowTrailingCommas = true };
            var node = await JsonNode.ParseAsync(context.Request.Body, options, document, cancellationToken);
            return node is JsonObject obj ? (obj, null) : (null, GraphErrors.BadRequest(context, "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));
        }
        catch (JsonException)
        {
            return (null, GraphErrors.BadRequest(context, "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."));
        }
    }
}
