namespace MspConsole.Infrastructure.Reminders;

public sealed record ReminderPlanMailbox(string Mailbox, int Mails, DateTimeOffset EstimatedFinish)
{
    /// <summary>At <paramref name="perMinute"/> a minute, the first minute's mails leave at once: the last one leaves after
    /// the remaining whole minutes.</summary>
    public static DateTimeOffset FinishOf(int mails, int perMinute, DateTimeOffset now) =>
        now + TimeSpan.FromMinutes(Math.Max(0, (mails - 1) / perMinute));
}
