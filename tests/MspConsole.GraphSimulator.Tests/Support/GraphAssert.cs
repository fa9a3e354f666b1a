using System.Net;
using System.Text.Json.Nodes;

namespace MspConsole.GraphSimulator.Tests.Support;

/// <summary>Assertions on Graph's error envelope and headers.</summary>
public static class GraphAssert
{
    public static async Task<JsonObject> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        var error = JsonNode.Parse(body)!["error"]!.AsObject();
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        var inner = error["innerError"]!.AsObject();
        Assert.Equal(response.Headers.GetValues("request-id").Single(), inner["request-id"]!.GetValue<string>());
        Assert.Equal(response.Headers.GetValues("client-request-id").Single(), inner["client-request-id"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", inner["date"]!.GetValue<string>());
        return error;
    }
}
