using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>
/// The console as a user starts it — the embedded default (Development: in-process simulator, SQLite, Hangfire) — in its
/// own process. WebApplicationFactory cannot host it: its host interception catches the embedded simulator's
/// WebApplication (built first, inside Program) instead of the console's.
/// </summary>
public sealed partial class EmbeddedConsoleProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> console = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> simulator = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];

    private EmbeddedConsoleProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
    }

    public Uri BaseAddress => console.Task.Result;

    public Uri SimulatorAddress => simulator.Task.Result;

    public static async Task<EmbeddedConsoleProcess> StartAsync(string connectionString, int simulatorTenants, CancellationToken cancellationToken)
    {
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
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Authentication__Mode"] = "Development";
        start.Environment["Authentication__SeedDemoAssignments"] = "false";
        start.Environment["Simulator__Embedded"] = "true";
        start.Environment["Simulator__Tenants"] = simulatorTenants.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var running = new EmbeddedConsoleProcess(Process.Start(start) ?? throw new InvalidOperationException("The console did not start."));
        running.process.BeginOutputReadLine();
        running.process.BeginErrorReadLine();
        try
        {
            await Task.WhenAll(running.console.Task, running.simulator.Task).WaitAsync(StartTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await running.DisposeAsync();
            throw new InvalidOperationException("The console did not start in time:\n" + running.Output);
        }

        return running;
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output.TakeLast(80));
            }
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
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
