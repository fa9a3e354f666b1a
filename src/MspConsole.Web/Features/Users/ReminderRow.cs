using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Users;

public sealed record ReminderRow(DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Language, string RecipientAddress, string SenderMailbox, string RequestedBy, ReminderOutcome? Outcome, string? Error);
