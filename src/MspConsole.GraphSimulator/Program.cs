using Microsoft.Extensions.Configuration;

namespace MspConsole.GraphSimulator;

/// <summary>Standalone simulator: <c>--tenants N --seed S --client-id X --client-secret Y --urls U</c>.</summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SIMULATOR_").AddCommandLine(args).Build();
        var options = SimulatorOptions.FromConfiguration(configuration);
        await using var app = SimulatorApp.Build(options, args);
        await app.StartAsync();
        foreach (var url in app.Urls)
        {
            await Console.Out.WriteLineAsync($"Graph simulator: {options.Tenants} tenants (seed {options.Seed}) at {url}/v1.0, control API at {url}/_simulator/tenants");
        }

        await app.WaitForShutdownAsync();
    }
}
