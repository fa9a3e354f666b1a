using System.Text.Json.Nodes;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>Assertions on the shapes Microsoft's documentation pages give for Graph and Entra responses.</summary>
internal static class DocumentedShape
{
    /// <summary>Exactly these property names, in any order (annotations such as <c>@odata.context</c> included when listed).</summary>
    public static void HasProperties(JsonObject json, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), json.Select(p => p.Key).Order(StringComparer.Ordinal));

    public static void HasNoODataType(JsonObject json) =>
        Assert.False(json.ContainsKey("@odata.type"), $"unexpected @odata.type in {json.ToJsonString()}");

    public static List<JsonObject> Items(JsonObject collection) =>
        [.. collection["value"]!.AsArray().Select(item => item!.AsObject())];
}
