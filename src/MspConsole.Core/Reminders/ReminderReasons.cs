namespace MspConsole.Core.Reminders;

/// <summary>
/// Why a reminder was skipped, or failed before any mail was sent, stored in English on the reminder row. The batch page
/// translates exactly these texts (they are the Reminders resource's keys), so change them there too.
/// </summary>
public static class ReminderReasons
{
    public const string UserRemoved = "The user no longer exists in the tenant.";
    public const string Guest = "Guests register MFA in their own organisation.";
    public const string Excluded = "The user is excluded (break-glass or service account).";
    public const string RegisteredMeanwhile = "The user registered meanwhile.";
    public const string StatusNotTargeted = "The campaign does not target this status.";
    public const string UnknownUser = "The user is not known to the console.";
    public const string NoMailbox = "The user has no mailbox (no mail address in Entra ID).";
    public const string Disabled = "The user's account is disabled.";
    public const string TenantOffboarded = "The tenant is offboarded: no reminders go out.";
    public const string TenantPaused = "Polling of the tenant is paused: no reminders go out until it is resumed.";
    public const string Cancelled = "The send request was cancelled before this mail was sent.";

    public static IReadOnlyList<string> All { get; } = [UserRemoved, Guest, Excluded, RegisteredMeanwhile, StatusNotTargeted, UnknownUser, NoMailbox, Disabled, TenantOffboarded, TenantPaused, Cancelled];
}
