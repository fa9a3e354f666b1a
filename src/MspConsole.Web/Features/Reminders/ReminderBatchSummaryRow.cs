using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

public sealed record ReminderBatchSummaryRow(
    Guid Id, ReminderBatchKind Kind, ReminderTarget Target, Guid? TenantId, string? TenantName, string RequestedBy, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, DateTimeOffset? PausedAt, DateTimeOffset? CancelledAt, ReminderBatchCounts Counts)
{
    public bool IsFinished => FinishedAt is not null;

    public bool IsPaused => PausedAt is not null && !IsFinished && CancelledAt is null;

    public ReminderBatchState State => IsFinished ? (CancelledAt is null ? ReminderBatchState.Finished : ReminderBatchState.Cancelled)
        : CancelledAt is not null ? ReminderBatchState.Cancelling
        : IsPaused ? ReminderBatchState.Paused
        : StartedAt is null ? ReminderBatchState.Queued : ReminderBatchState.Running;
}
