using System.ComponentModel.DataAnnotations;
using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>A send request's form: the reason or ticket number, and for "remind selected" the users.</summary>
public sealed record ReminderSendInput
{
    [Required, StringLength(ReminderBatch.ReasonMaxLength)]
    public string? Reason { get; init; }

    public IReadOnlyList<string> ObjectIds { get; init; } = [];
}
