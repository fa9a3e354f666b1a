using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Tests.Support;

/// <summary>Plain HTTP access to a running simulator: tokens, Graph calls with a tenant's token, control API.</summary>
public sealed class SimulatorClient(SimulatorHost host) : IDisposable
{
    public HttpClient Http { get; } = new() { BaseAddress = host.BaseAddress };

    public SimulatorHost Host => host;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SimTenant Tenant(int index) => host.State.Tenants[index];

    public Task<HttpResponseMessage> RequestTokenAsync(string tenant, string? secret = SimulatorOptions.DefaultClientSecret,
        string clientId = SimulatorOptions.DefaultClientId, IDictionary<string, string>? extra = null)
    {
        var form = new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["scope"] = "https://graph.microsoft.com/.default",
            ["grant_type"] = "client_credentials",
        };
        if (secret is not null)
        {
            form["client_secret"] = secret;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            form[key] = value;
        }

        return Http.PostAsync($"{tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(form), Ct);
    }

    public async Task<string> TokenAsync(SimTenant tenant)
    {
        using var response = await RequestTokenAsync(tenant.Id.ToString());
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(Ct);
        return json!["access_token"]!.GetValue<string>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request, Ct);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string token) => SendAsync(HttpMethod.Get, path, token);

    public async Task<JsonObject> GetJsonAsync(string path, string token)
    {
        using var response = await GetAsync(path, token);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static StringContent Json(object value) => Json(JsonSerializer.Serialize(value));

    /// <summary>Follows @odata.nextLink to the end and returns every item and the number of pages.</summary>
    public async Task<(List<JsonObject> Items, int Pages)> GetAllPagesAsync(string path, string token)
    {
        var items = new List<JsonObject>();
        var pages = 0;
        string? next = path;
        while (next is not null)
        {
            var page = await GetJsonAsync(next, token);
            pages++;
            items.AddRange(page["value"]!.AsArray().Select(v => v!.AsObject()));
            next = page["@odata.nextLink"]?.GetValue<string>();
        }

        return (items, pages);
    }

    public void Dispose() => Http.Dispose();
}
