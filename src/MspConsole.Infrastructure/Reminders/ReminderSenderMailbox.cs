namespace MspConsole.Infrastructure.Reminders;

/// <summary>Which mailbox a tenant's reminders come from, and in which tenant it lives: the customer's own mailbox when its
/// campaign names one (in that customer's tenant), otherwise the MSP's default mailbox in the MSP's tenant. Never a mailbox
/// of another customer.</summary>
public sealed record ReminderSenderMailbox(string Mailbox, Guid TenantId)
{
    public static ReminderSenderMailbox For(Guid customerTenantId, string? policyMailbox, ReminderOptions options) =>
        policyMailbox is { } own
            ? new(own, customerTenantId)
            : new(options.DefaultSenderMailbox, options.SenderTenantId ?? customerTenantId);
}
