using System.Collections.Concurrent;
using MspConsole.Core.Polling;

namespace MspConsole.Web.Tests.Admin;

/// <summary>Records "poll now" requests instead of queueing Hangfire jobs (no job server runs in these tests).</summary>
public sealed class RecordingPollScheduler : IPollScheduler
{
    public ConcurrentQueue<Guid> TenantPolls { get; } = new();

    public string PollTenantNow(Guid tenantId)
    {
        TenantPolls.Enqueue(tenantId);
        return $"job-{tenantId}";
    }

    public string PollUserNow(Guid tenantId, string userObjectId) => $"job-{tenantId}-{userObjectId}";
}
