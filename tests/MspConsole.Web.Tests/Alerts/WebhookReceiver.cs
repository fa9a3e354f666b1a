using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>A real HTTP receiver on a loopback port (Kestrel): records every POST with its headers and exact body, and
/// answers with the queued status codes, then 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> answers = new(StringComparer.Ordinal);

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook/{name}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var name = (string)context.Request.RouteValues["name"]!; // ! : the route has {name}.
            receiver.Received.Enqueue(new ReceivedWebhook(name, headers, body));
            return Results.StatusCode(receiver.answers.TryGetValue(name, out var queued) && queued.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
        });
        await app.StartAsync();
        receiver.Url = new Uri(app.Urls.First());
        return receiver;
    }

    public string HookUrl(string name) => new Uri(Url, $"/hook/{name}").ToString();

    public void AnswerNext(string name, params int[] statuses)
    {
        var queue = answers.GetOrAdd(name, _ => new ConcurrentQueue<int>());
        foreach (var status in statuses)
        {
            queue.Enqueue(status);
        }
    }

    public IReadOnlyList<ReceivedWebhook> For(string name) => [.. Received.Where(hook => hook.Name == name)];

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record ReceivedWebhook(string Name, IReadOnlyDictionary<string, string> Headers, string Body);
