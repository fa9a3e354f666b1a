using MspConsole.Core.Tenants;

namespace MspConsole.Core.Polling;

/// <summary>One poll of one tenant: what it read, how long it took, how it ended.</summary>
public sealed class PollRun
{
    public const int ErrorMaxLength = 2000;

    private PollRun()
    {
    }

    public PollRun(Guid tenantId, PollTrigger trigger, DateTimeOffset now)
    {
        TenantId = tenantId;
        Trigger = trigger;
        StartedAt = now;
        Outcome = PollOutcome.Running;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    public PollTrigger Trigger { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public DataSource DataSource { get; private set; }

    public int Pages { get; private set; }

    public int Users { get; private set; }

    public int RemovedUsers { get; private set; }

    public int GraphRequests { get; private set; }

    public int ThrottledRetries { get; private set; }

    public PollOutcome Outcome { get; private set; }

    public string? Error { get; private set; }

    public string? GraphRequestId { get; private set; }

    public TimeSpan? Duration => FinishedAt - StartedAt;

    public void PageRead(int users)
    {
        Pages++;
        Users += users;
    }

    public void Finish(DateTimeOffset now, PollOutcome outcome, DataSource source, int removedUsers, int graphRequests, int throttledRetries, string? error = null, string? graphRequestId = null)
    {
        FinishedAt = now;
        Outcome = outcome;
        DataSource = source;
        RemovedUsers = removedUsers;
        GraphRequests = graphRequests;
        ThrottledRetries = throttledRetries;
        Error = error is { Length: > ErrorMaxLength } ? error[..ErrorMaxLength] : error;
        GraphRequestId = graphRequestId;
    }
}
