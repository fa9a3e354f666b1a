namespace MspConsole.Infrastructure.Reminders;

public sealed record ReminderPlanTenant(Guid TenantId, string Name, string SenderMailbox, int Mails, int Skipped);
