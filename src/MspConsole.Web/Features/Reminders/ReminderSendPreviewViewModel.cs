using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The preview of a send to more than one user, with its confirmation form (posted back to <see cref="Action"/>).</summary>
public sealed record ReminderSendPreviewViewModel(
    ReminderPlan Plan, string? TenantName, string Action, string? Reason, IReadOnlyList<string> ObjectIds, int PerMinute, string? Error);
