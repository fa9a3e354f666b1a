namespace MspConsole.Web.Features.Reminders;

public sealed record ReminderPolicyViewModel(Guid TenantId, string TenantName, ReminderPolicyInput Input, string DefaultSender, string? Error = null);
