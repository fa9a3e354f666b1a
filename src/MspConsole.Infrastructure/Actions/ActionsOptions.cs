using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Actions;

/// <summary>The "Actions" configuration section: how callers may be verified, four-eyes expiry, pass lifetimes.</summary>
public sealed class ActionsOptions : IValidatableObject
{
    public const string SectionName = "Actions";

    /// <summary>The ways an engineer may have verified a caller (English text; the UI translates known ones). An array, so configuration replaces the list instead of appending to it.</summary>
    [MinLength(1)]
    public string[] CallerVerifications { get; set; } =
    [
        "Called back on a phone number already registered for the user",
        "Confirmed by the user's manager",
        "Verified in person (identity document)",
        "Ticket from a verified channel",
    ];

    /// <summary>How long a four-eyes request waits for a second person before it expires.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ApprovalLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How long after approval the requester may issue an approved Temporary Access Pass.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan PassIssueWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Temporary Access Pass lifetime offered by default (Entra's policy default is 60).</summary>
    [Range(10, 43200)]
    public int PassLifetimeMinutes { get; set; } = 60;

    /// <summary>The longest lifetime an engineer may choose (Entra's policy range is 60–480 by default).</summary>
    [Range(10, 43200)]
    public int MaxPassLifetimeMinutes { get; set; } = 480;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PassLifetimeMinutes > MaxPassLifetimeMinutes)
        {
            yield return new ValidationResult("PassLifetimeMinutes exceeds MaxPassLifetimeMinutes.", [nameof(PassLifetimeMinutes)]);
        }

        if (CallerVerifications.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("CallerVerifications has an empty entry.", [nameof(CallerVerifications)]);
        }
    }
}
