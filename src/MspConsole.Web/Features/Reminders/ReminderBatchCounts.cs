namespace MspConsole.Web.Features.Reminders;

/// <summary>A batch's reminders by outcome, counted from its rows.</summary>
public sealed record ReminderBatchCounts(int Pending, int Sent, int Failed, int Skipped)
{
    public static ReminderBatchCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Pending + Sent + Failed + Skipped;

    public int DonePercent => Total == 0 ? 0 : (Total - Pending) * 100 / Total;
}
