namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Why the console ran a connection test, stored as the audit entry's reason. The stored text is English (and stays as it
/// was written); the audit page shows it translated (AuditResource keys).
/// </summary>
public static class ConnectionTestTriggers
{
    public const string Manual = "Connection test";
    public const string AfterConsent = "After admin consent";
    public const string Reactivation = "reactivation";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Manual, AfterConsent, Reactivation };
}
