namespace MspConsole.Infrastructure.Reminders;

public sealed record ReminderMailContent(string Subject, string Html);
