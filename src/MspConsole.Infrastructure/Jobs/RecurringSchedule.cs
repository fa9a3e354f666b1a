using Hangfire;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// A recurring job a feature adds to the console's schedules. <see cref="JobsStartup"/> registers every one at start, on the
/// instances that run the job server, beside the poll's and the campaigns' schedules.
/// </summary>
/// <param name="Register">Adds or updates the job: a stable id, a UTC cron (see <see cref="Utc"/>).</param>
public sealed record RecurringSchedule(Action<IRecurringJobManager, IServiceProvider> Register)
{
    public static RecurringJobOptions Utc => new() { TimeZone = TimeZoneInfo.Utc };
}
