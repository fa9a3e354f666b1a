using MspConsole.Core.Reminders;

namespace MspConsole.Core.Tests.Reminders;

public sealed class ReminderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Queue_IsPendingInItsBatch_WithNothingSettledYet()
    {
        var batchId = Guid.NewGuid();

        var reminder = Reminder.Queue(Guid.NewGuid(), "user-oid", batchId, "campaign", Now);

        Assert.True(reminder.IsPending);
        Assert.Equal((batchId, "", "", (DateTimeOffset?)null), (reminder.BatchId, reminder.RecipientAddress, reminder.SenderMailbox, reminder.SentAt));
    }

    [Fact]
    public void Address_SettlesWhereAndHow_CuttingALongAddressToTheColumn()
    {
        var reminder = Reminder.Queue(Guid.NewGuid(), "user-oid", Guid.NewGuid(), "campaign", Now);

        reminder.Address(new string('a', Reminder.AddressMaxLength + 4), "fr", "noreply@msp.example");

        Assert.Equal((Reminder.AddressMaxLength, "fr", "noreply@msp.example"), (reminder.RecipientAddress.Length, reminder.Language, reminder.SenderMailbox));
        Assert.Throws<ArgumentException>(() => reminder.Address(" ", "fr", "noreply@msp.example"));
    }

    [Fact]
    public void Sent_RecordsTheTimeAndGraphsRequestId()
    {
        var reminder = Reminder.Queue(Guid.NewGuid(), "user-oid", Guid.NewGuid(), "campaign", Now);

        reminder.Sent(Now.AddMinutes(1), "request-1");

        Assert.False(reminder.IsPending);
        Assert.Equal((ReminderOutcome.Sent, (DateTimeOffset?)Now.AddMinutes(1), "request-1"), (reminder.Outcome, reminder.SentAt, reminder.GraphRequestId));
    }

    [Fact]
    public void FailedAndSkipped_KeepWhy_CutToTheColumn()
    {
        var failed = Reminder.Queue(Guid.NewGuid(), "user-oid", Guid.NewGuid(), "campaign", Now);
        var skipped = Reminder.Queue(Guid.NewGuid(), "user-oid", Guid.NewGuid(), "campaign", Now);

        failed.Failed(new string('e', Reminder.ErrorMaxLength + 1), "request-2");
        skipped.Skipped("No mailbox.");

        Assert.Equal((ReminderOutcome.Failed, Reminder.ErrorMaxLength, "request-2"), (failed.Outcome, failed.Error?.Length, failed.GraphRequestId));
        Assert.Equal((ReminderOutcome.Skipped, "No mailbox."), (skipped.Outcome, skipped.Error));
        Assert.Null(skipped.SentAt);
    }
}
