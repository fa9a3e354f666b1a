using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MspConsole.TestKit.Hosting;

/// <summary>
/// The console started the way a user starts it, in its own process (the MspConsole.Web app host beside the caller's
/// assembly: reference the Web project to have it copied there), on a loopback port it picks itself. Only for what needs a
/// process of its own: killing it, two instances on one database, its own memory figures, its own output (Serilog's static
/// logger is one per process: in-process hosts share it), and the browser tests of the embedded default with its jobs running;
/// everything else uses <see cref="ConsoleAppFactory"/>.
/// </summary>
public sealed partial class ConsoleProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> console = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> simulator = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> output = new();

    private ConsoleProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => console.TrySetException(new InvalidOperationException("The console exited while starting:\n" + Output));
    }

    public Uri BaseAddress => console.Task.Result;

    /// <summary>The embedded simulator's address; only when started with Simulator:Embedded=true.</summary>
    public Uri SimulatorAddress => simulator.Task.Result;

    /// <summary>The console's last 80 lines of output, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    /// <summary>Peak resident memory of the console process so far (Linux VmHWM), or null where /proc is not there.</summary>
    public long? PeakWorkingSetBytes
    {
        get
        {
            var status = $"/proc/{process.Id}/status";
            if (!File.Exists(status))
            {
                return null;
            }

            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    /// <summary>The embedded default (Development: in-process simulator, SQLite, Hangfire, development sign-in).</summary>
    public static Task<ConsoleProcess> StartEmbeddedDefaultAsync(string connectionString, int simulatorTenants, CancellationToken cancellationToken) =>
        StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = connectionString,
            ["Authentication__Mode"] = "Development",
            ["Authentication__SeedDemoAssignments"] = "false",
            ["Simulator__Embedded"] = "true",
            ["Simulator__Tenants"] = simulatorTenants.ToString(CultureInfo.InvariantCulture),
            // Every simulator tenant onboarded: tests that want some left over seed the database themselves.
            ["Simulator__LeaveForOnboarding"] = "0",
        }, waitForSimulator: true, cancellationToken);

    /// <summary>Starts the console in Development with the given settings (environment variables, <c>Section__Key</c>).</summary>
    public static async Task<ConsoleProcess> StartAsync(IReadOnlyDictionary<string, string> settings, bool waitForSimulator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Path.Combine(folder, OperatingSystem.IsWindows() ? "MspConsole.Web.exe" : "MspConsole.Web"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var running = new ConsoleProcess(Process.Start(start) ?? throw new InvalidOperationException("The console did not start."));
        running.process.BeginOutputReadLine();
        running.process.BeginErrorReadLine();
        try
        {
            await (waitForSimulator ? Task.WhenAll(running.console.Task, running.simulator.Task) : (Task)running.console.Task).WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await running.DisposeAsync();
            throw new InvalidOperationException("The console did not start in time:\n" + running.Output);
        }
        catch (InvalidOperationException)
        {
            await running.DisposeAsync();
            throw;
        }

        return running;
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 80)
            {
                output.Dequeue();
            }
        }

        if (ListeningPattern().Match(line) is { Success: true } listening)
        {
            console.TrySetResult(new Uri(listening.Groups[1].Value.TrimEnd('/') + "/"));
        }
        else if (SimulatorPattern().Match(line) is { Success: true } embedded)
        {
            simulator.TrySetResult(new Uri(embedded.Groups[1].Value.TrimEnd('/') + "/"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: ""?(http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningPattern();

    [GeneratedRegex(@"Embedded Graph simulator: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex SimulatorPattern();
}
