using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>Healthy when Hangfire's storage answers; reports queued and failed jobs and live servers.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["servers"] = statistics.Servers,
                ["enqueued"] = statistics.Enqueued,
                ["processing"] = statistics.Processing,
                ["scheduled"] = statistics.Scheduled,
                ["failed"] = statistics.Failed,
            };
            return Task.FromResult(HealthCheckResult.Healthy($"{statistics.Servers} job servers, {statistics.Enqueued} queued, {statistics.Failed} failed", data));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage does not answer", exception));
        }
    }
}
