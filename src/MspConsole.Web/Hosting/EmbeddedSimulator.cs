using MspConsole.GraphSimulator;

namespace MspConsole.Web.Hosting;

/// <summary>
/// The embedded default: hosts the Graph simulator in-process on a loopback port and points the Graph
/// section at it, so the console runs with no tenant and no set-up. Development only.
/// </summary>
public static class EmbeddedSimulator
{
    public const string SectionName = "Simulator";

    /// <summary>Registers the demo seeder when Simulator:SeedDemoTenants is on (after the database services, so it runs after migration).</summary>
    public static void AddDemoTenantsIfConfigured(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>($"{SectionName}:SeedDemoTenants"))
        {
            return;
        }

        DevelopmentOnly.Ensure(builder.Environment, "Simulator:SeedDemoTenants", "Demo tenants are for development and demos only.");

        builder.Services.AddHttpClient(nameof(DemoTenantSeeder));
        builder.Services.AddHostedService<DemoTenantSeeder>();
    }

    public static async Task<SimulatorHost?> StartIfConfiguredAsync(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        if (!section.GetValue<bool>("Embedded"))
        {
            return null;
        }

        DevelopmentOnly.Ensure(builder.Environment, "Simulator:Embedded", "The Graph simulator is for development and demos only.");

        var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            Tenants = section.GetValue("Tenants", 25),
            Seed = section.GetValue("Seed", 1),
            LatencyMilliseconds = section.GetValue("LatencyMilliseconds", 0),
        });
        var baseUrl = host.BaseAddress.ToString().TrimEnd('/');
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:GraphBaseUrl"] = baseUrl,
            ["Graph:LoginBaseUrl"] = baseUrl,
            ["Graph:ClientId"] = SimulatorOptions.DefaultClientId,
            ["Graph:ClientSecret"] = SimulatorOptions.DefaultClientSecret,
            ["Graph:TokenSource"] = "ClientCredentials",
        });
        // The first simulated tenant stands in for the MSP's own tenant (the demo seeder does not onboard it as a customer):
        // reminders come from an MSP mailbox there, never from a customer's user, unless configured otherwise.
        var mspTenant = host.State.GetTenantSummaries()[0];
        if (builder.Configuration["Reminders:SenderTenantId"] is null or ""
            && host.State.AddUser(mspTenant.Id, "MFA reminders", $"mfa-reminders@{mspTenant.DefaultDomain}") is { } sender)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Reminders:SenderTenantId"] = mspTenant.Id.ToString(),
                ["Reminders:DefaultSenderMailbox"] = sender.UserPrincipalName,
            });
        }
        builder.Services.AddSingleton(host);
        builder.Services.AddHostedService<SimulatorShutdown>();
        Console.WriteLine($"Embedded Graph simulator: {baseUrl} ({section.GetValue("Tenants", 25)} demo tenants)");
        return host;
    }
}
