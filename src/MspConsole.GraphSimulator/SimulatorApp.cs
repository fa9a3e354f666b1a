using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.GraphSimulator.Auth;
using MspConsole.GraphSimulator.Control;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator;

/// <summary>The one place that builds the simulator's web app (used by <see cref="Program"/> and <see cref="SimulatorHost"/>).</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorOptions options, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton<SimulatorState>();
        builder.Services.AddSingleton<TokenService>();
        builder.Services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseWhen(IsGraph, graph => graph.UseMiddleware<GraphPipelineMiddleware>());
        foreach (var version in new[] { "/v1.0", "/beta" })
        {
            var graph = app.MapGroup(version);
            GraphRoutes.Map(graph);
        }

        TokenEndpoints.Map(app);
        ControlApi.Map(app.MapGroup("/_simulator"));
        return app;
    }

    private static bool IsGraph(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/beta", StringComparison.OrdinalIgnoreCase);
}
