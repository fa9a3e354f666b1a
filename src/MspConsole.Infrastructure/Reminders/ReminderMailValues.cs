namespace MspConsole.Infrastructure.Reminders;

public sealed record ReminderMailValues(string DisplayName, string UserPrincipalName, string TenantName, string Contact);
