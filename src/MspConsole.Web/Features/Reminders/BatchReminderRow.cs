using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

public sealed record BatchReminderRow(
    Guid TenantId, string UserObjectId, string DisplayName, string UserPrincipalName, ReminderOutcome? Outcome, string Language,
    string RecipientAddress, string SenderMailbox, DateTimeOffset? SentAt, string? Error);
