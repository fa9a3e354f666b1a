namespace MspConsole.Web.Hosting;

/// <summary>The "Simulator" configuration section: the embedded Graph simulator and the demo tenants (Development only).</summary>
public sealed class SimulatorSettings
{
    public const string SectionName = "Simulator";

    /// <summary>Host the Graph simulator in-process and point the Graph settings at it.</summary>
    public bool Embedded { get; set; }

    public int Tenants { get; set; } = 25;

    public int Seed { get; set; } = 1;

    public int LatencyMilliseconds { get; set; }

    /// <summary>On an empty database, onboard the tenants of the simulator that Graph:GraphBaseUrl points at.</summary>
    public bool SeedDemoTenants { get; set; }

    /// <summary>The last N simulator tenants are not onboarded by the demo seeder, for a newcomer to onboard.</summary>
    public int LeaveForOnboarding { get; set; }
}
