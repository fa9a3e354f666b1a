namespace MspConsole.Web.Features.Reminders;

public sealed record ReminderBatchViewModel(ReminderBatchSummaryRow Batch, DateTimeOffset? EstimatedFinish, IReadOnlyList<BatchReminderRow> Rows);
