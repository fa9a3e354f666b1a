using MspConsole.GraphSimulator;
using MspConsole.GraphSimulator.Control;
using MspConsole.Infrastructure.Graph;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Hosting;

/// <summary>
/// The embedded default: the Graph simulator in-process (<see cref="EmbeddedGraphSimulator"/>) with the Graph settings pointed at
/// it, and demo tenants read from a simulator's control API. Both only register services; the settings are read when the app starts,
/// so a test host configures them like any other setting. Development only.
/// </summary>
public static class EmbeddedSimulator
{
    /// <summary>Registers the embedded simulator; it starts with the app when Simulator:Embedded is on.</summary>
    public static IServiceCollection AddEmbeddedSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulatorSettings>().Bind(configuration.GetSection(SimulatorSettings.SectionName));
        services.AddSingleton<EmbeddedGraphSimulator>();
        services.AddOptions<GraphOptions>().PostConfigure<EmbeddedGraphSimulator>((graph, simulator) =>
        {
            if (simulator.Run is not { } run)
            {
                return;
            }

            graph.GraphBaseUrl = run.BaseUrl;
            graph.LoginBaseUrl = run.BaseUrl;
            graph.ClientId = SimulatorOptions.DefaultClientId;
            graph.ClientSecret = SimulatorOptions.DefaultClientSecret;
            graph.TokenSource = TokenSourceKind.ClientCredentials;
        });
        services.AddOptions<ReminderOptions>().PostConfigure<EmbeddedGraphSimulator>((reminders, simulator) =>
        {
            if (simulator.Run?.Sender is { } sender)
            {
                reminders.SenderTenantId = sender.TenantId;
                reminders.DefaultSenderMailbox = sender.Mailbox;
            }
        });
        return services;
    }

    /// <summary>Registers the demo seeder (Simulator:SeedDemoTenants); after the database services, so it runs after migration.</summary>
    public static IServiceCollection AddDemoTenants(this IServiceCollection services)
    {
        services.AddHttpClient<SimulatorControlClient>((provider, http) =>
            http.BaseAddress = new Uri(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value.GraphBaseUrl.TrimEnd('/') + "/"));
        services.AddHostedService<DemoTenantSeeder>();
        return services;
    }
}
