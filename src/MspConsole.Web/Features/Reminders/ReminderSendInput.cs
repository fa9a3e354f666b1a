using System.ComponentModel.DataAnnotations;
using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>A send request's form: the reason or ticket number, and for "remind selected" the users.</summary>
public sealed record ReminderSendInput
{
    [Required, StringLength(ReminderBatch.ReasonMaxLength)]
    public string? Reason { get; init; }

    // An array: MVC replaces it when binding; a read-only list initialised to [] would be kept as it is.
    public string[] ObjectIds { get; init; } = [];
}
