using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>The recurring fan-out: one poll job per active tenant, spread over the configured window.</summary>
public sealed class PollAllTenantsJob(MspConsoleDbContext db, IBackgroundJobClient jobs, IOptions<JobsOptions> options, ILogger<PollAllTenantsJob> logger)
{
    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Poll all tenants")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var tenantIds = await db.Tenants.AsNoTracking()
            .Where(t => t.OffboardedAt == null && !t.PollingPaused
                && t.ConsentState != ConsentState.Missing && t.ConsentState != ConsentState.PermissionMissing)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var spread = TimeSpan.FromMinutes(options.Value.PollSpreadMinutes);
        foreach (var tenantId in tenantIds)
        {
            jobs.Schedule<PollTenantJob>(job => job.RunAsync(tenantId, PollTrigger.Scheduled, 0, CancellationToken.None), Jitter(tenantId, spread));
        }

        logger.LogInformation("Scheduled polls of {TenantCount} tenants over {SpreadMinutes} minutes", tenantIds.Count, spread.TotalMinutes);
    }

    /// <summary>A stable offset per tenant: the same tenant polls at the same point of every window.</summary>
    public static TimeSpan Jitter(Guid tenantId, TimeSpan spread)
    {
        if (spread <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var bucket = BitConverter.ToUInt32(tenantId.ToByteArray(), 0) % (uint)Math.Max(1, spread.TotalSeconds);
        return TimeSpan.FromSeconds(bucket);
    }
}
