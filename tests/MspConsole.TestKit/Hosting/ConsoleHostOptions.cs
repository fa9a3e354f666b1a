using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.GraphSimulator;
using MspConsole.TestKit.Builders;

namespace MspConsole.TestKit.Hosting;

/// <summary>
/// How a test hosts the console (<see cref="ConsoleAppFactory"/>): the real Program, on the test's SQLite file
/// (<see cref="ConnectionString"/>; null: the console's own database in its data directory, as a new user starts it).
/// </summary>
public sealed record ConsoleHostOptions(string? ConnectionString)
{
    public string Environment { get; init; } = "Development";

    public string AuthenticationMode { get; init; } = "Development";

    /// <summary>A simulator the test started and keeps in hand. With neither this nor <see cref="EmbeddedSimulatorTenants"/>,
    /// Graph is unreachable: the pages read seeded data.</summary>
    public SimulatorHost? Simulator { get; init; }

    /// <summary>The console's own embedded simulator (Simulator:Embedded) with this many tenants, all onboarded by the demo
    /// seeder (Simulator:LeaveForOnboarding 0 unless <see cref="Settings"/> says otherwise); 0: none.</summary>
    public int EmbeddedSimulatorTenants { get; init; }

    /// <summary>The console's clock; null: the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Runs the Hangfire servers (polls, actions, reminders happen by themselves).</summary>
    public bool Jobs { get; init; }

    /// <summary>Settings on top of the ones above (they win), e.g. <c>["Graph:ThrottleBackoffSeconds"] = "0"</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Service swaps, applied after the app's own registrations.</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>On a real loopback port (what a browser needs) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    /// <summary>Pages over seeded data: no Graph, no job server, the clock at <see cref="TestClock.Now"/>.</summary>
    public static ConsoleHostOptions SeededPages(string connectionString) => new(connectionString) { Time = new FakeTimeProvider(TestClock.Now) };
}
