namespace MspConsole.Infrastructure.Reminders;

/// <summary>What a bulk send would do, before anything is queued: the mails per tenant and per sender mailbox (with when
/// each mailbox finishes at its limit), the users left out and why, and exactly the users it would queue.</summary>
public sealed record ReminderPlan(
    IReadOnlyList<ReminderPlanTenant> Tenants,
    IReadOnlyList<ReminderPlanMailbox> Mailboxes,
    ReminderPlanSkips Skipped,
    IReadOnlyList<(Guid TenantId, string ObjectId)> Users)
{
    public int Total => Users.Count;

    public DateTimeOffset? EstimatedFinish => Mailboxes.Count == 0 ? null : Mailboxes.Max(mailbox => mailbox.EstimatedFinish);
}
