using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>The "Jobs" configuration section: Hangfire roles, schedules and concurrency.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run a Hangfire server in this instance. Off for web-only instances; a worker-only instance runs with it on.</summary>
    public bool ServerEnabled { get; set; } = true;

    /// <summary>When every active tenant is polled (UTC cron). Default: every four hours.</summary>
    [Required]
    public string PollCron { get; set; } = "0 */4 * * *";

    /// <summary>Scheduled polls are spread over this window so thousands of tenants do not start in the same second.</summary>
    [Range(0, 24 * 60)]
    public int PollSpreadMinutes { get; set; } = 30;

    /// <summary>Tenants polled at once by one server: bounds Graph load and database writes.</summary>
    [Range(1, 64)]
    public int PollWorkers { get; set; } = 4;

    /// <summary>Workers for helpdesk actions, reminders and other jobs.</summary>
    [Range(1, 64)]
    public int ActionWorkers { get; set; } = 4;

    /// <summary>Consecutive automatic retries of a throttled or failed poll before it waits for the next schedule.</summary>
    [Range(0, 20)]
    public int MaxPollRetries { get; set; } = 5;

    /// <summary>How often poll runs left "Running" by a stopped process are looked for (and closed once their lock is free).</summary>
    [Range(1, 3600)]
    public int InterruptedPollSweepSeconds { get; set; } = 30;

    /// <summary>Path of the Hangfire dashboard (admins only).</summary>
    [Required]
    public string DashboardPath { get; set; } = "/jobs";

    /// <summary>Poll never-polled tenants right after start-up (the embedded default's first poll).</summary>
    public bool PollNewTenantsOnStartup { get; set; } = true;
}
