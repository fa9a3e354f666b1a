using MspConsole.Core.Tenants;

namespace MspConsole.Core.Reminders;

/// <summary>The language of a reminder: the user's preferred language, else the tenant's, else Dutch.</summary>
public static class ReminderLanguage
{
    public static string Choose(string? userPreferredLanguage, string? tenantLanguage) =>
        SupportedLanguage.FromPreferredLanguage(userPreferredLanguage)
        ?? (SupportedLanguage.IsSupported(tenantLanguage) ? tenantLanguage! : SupportedLanguage.Dutch); // IsSupported is false for null.
}
