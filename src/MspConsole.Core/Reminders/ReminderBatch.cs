using MspConsole.Core.Audit;

namespace MspConsole.Core.Reminders;

/// <summary>
/// One send request or campaign run: who asked, for whom, why, and how far it got. Its reminders (one row per user)
/// carry the per-user result; the batch is what the progress page and the single audit entry of the request describe.
/// </summary>
public sealed class ReminderBatch
{
    public const int ReasonMaxLength = 1000;
    public const int ShortTextMaxLength = 256;

    private ReminderBatch()
    {
    }

    public ReminderBatch(ReminderBatchKind kind, ReminderTarget target, Guid? tenantId, AuditActor requester, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (target is ReminderTarget.Users or ReminderTarget.Tenant or ReminderTarget.Campaign && tenantId is null)
        {
            throw new ArgumentException("A tenant is required for this target.", nameof(tenantId));
        }

        if (kind == ReminderBatchKind.Manual && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason or ticket number is required.", nameof(reason));
        }

        if (reason?.Length > ReasonMaxLength)
        {
            throw new ArgumentException($"The reason is longer than {ReasonMaxLength} characters.", nameof(reason));
        }

        Id = Guid.NewGuid();
        Kind = kind;
        Target = target;
        TenantId = tenantId;
        RequestedByObjectId = Limit(requester.ObjectId);
        RequestedBy = Limit(requester.Upn);
        RequestedByRole = Limit(requester.Role);
        CorrelationId = requester.CorrelationId;
        ClientIp = requester.ClientIp;
        Reason = reason?.Trim();
        CreatedAt = now;
        // Manual requests are queued by the request itself, exactly the users its preview showed.
        ExpandedAt = kind == ReminderBatchKind.Manual ? now : null;
    }

    public Guid Id { get; private set; }

    public ReminderBatchKind Kind { get; private set; }

    public ReminderTarget Target { get; private set; }

    public Guid? TenantId { get; private set; }

    public string RequestedByObjectId { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";

    public string RequestedByRole { get; private set; } = "";

    public string? Reason { get; private set; }

    public string? CorrelationId { get; private set; }

    public string? ClientIp { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the target was turned into queued reminders (at once for a selection).</summary>
    public DateTimeOffset? ExpandedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Total { get; private set; }

    public int Sent { get; private set; }

    public int Failed { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Set while an operator holds the batch: the job stops before its next mail and sends nothing until resumed.</summary>
    public DateTimeOffset? PausedAt { get; private set; }

    /// <summary>Set when an operator cancelled the batch: its unsent reminders are skipped and it finishes.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsFinished => FinishedAt is not null;

    public bool IsPaused => PausedAt is not null && !IsFinished && CancelledAt is null;

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Stops sending before the next mail; false when the batch is already finished or cancelled.</summary>
    public bool Pause(DateTimeOffset now)
    {
        if (IsFinished || IsCancelled)
        {
            return false;
        }

        PausedAt ??= now;
        return true;
    }

    public bool Resume()
    {
        if (IsFinished || IsCancelled || PausedAt is null)
        {
            return false;
        }

        PausedAt = null;
        return true;
    }

    public bool Cancel(DateTimeOffset now)
    {
        if (IsFinished)
        {
            return false;
        }

        CancelledAt ??= now;
        return true;
    }

    public void Expanded(DateTimeOffset now) => ExpandedAt ??= now;

    public void Started(DateTimeOffset now) => StartedAt ??= now;

    public void Finish(DateTimeOffset now, int sent, int failed, int skipped)
    {
        FinishedAt = now;
        Sent = sent;
        Failed = failed;
        Skipped = skipped;
        Total = sent + failed + skipped;
    }

    private static string Limit(string value) => value.Length > ShortTextMaxLength ? value[..ShortTextMaxLength] : value;
}
