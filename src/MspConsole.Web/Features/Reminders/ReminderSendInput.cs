using System.ComponentModel.DataAnnotations;
using MspConsole.Core.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>A send request's form: the reason or ticket number, for "remind selected" the users, and for a send to more
/// than one user the number of mails typed to confirm its preview.</summary>
public sealed record ReminderSendInput
{
    [Required, StringLength(ReminderBatch.ReasonMaxLength)]
    public string? Reason { get; init; }

    // An array: MVC replaces it when binding; a read-only list initialised to [] would be kept as it is.
    public string[] ObjectIds { get; init; } = [];

    /// <summary>Null until the preview was shown; then it must equal the preview's number of mails.</summary>
    [Range(0, int.MaxValue)]
    public int? ConfirmCount { get; init; }
}
