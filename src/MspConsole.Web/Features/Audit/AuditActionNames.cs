using MspConsole.Core.Actions;
using MspConsole.Core.Alerts;
using MspConsole.Core.Integrations;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Reminders;
using MspConsole.Web.Features.Actions;

namespace MspConsole.Web.Features.Audit;

/// <summary>
/// Every action name the console writes to the audit log, with the English name people read (the AuditResource key).
/// The codes stay what is stored, filtered on and exported (CSV); a code not listed here (an entry from an older or newer
/// version) is shown as the code itself.
/// </summary>
public static class AuditActionNames
{
    /// <summary>The known codes in the order of the page's Action filter: helpdesk actions, then reminders, then tenant administration.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new(nameof(HelpdeskAction.RemoveMethod), "Remove a method"),
        new(nameof(HelpdeskAction.CorrectPhone), "Correct a phone number"),
        new(nameof(HelpdeskAction.ResetAuthenticator), "Reset the Authenticator"),
        new(nameof(HelpdeskAction.ResetAllMethods), "Reset all MFA methods"),
        new(nameof(HelpdeskAction.TemporaryAccessPass), "Issue a Temporary Access Pass"),
        new(nameof(HelpdeskAction.RevokeSessions), "Sign out everywhere"),
        new(nameof(HelpdeskAction.Exclude), "Exclude from compliance"),
        new(nameof(HelpdeskAction.Include), "Include in compliance again"),
        new(FourEyesPolicyController.AuditAction, "Change the four-eyes approval"),
        new(ReminderAuditActions.SendReminder, "Send a reminder"),
        new(ReminderAuditActions.SendReminders, "Send reminders"),
        new(ReminderAuditActions.CampaignRun, "Run the reminder campaign"),
        new(ReminderAuditActions.EditReminderPolicy, "Change the reminder campaign"),
        new(OnboardingAuditActions.TenantOnboarded, "Add a tenant"),
        new(OnboardingAuditActions.TenantsImported, "Import tenants"),
        new(OnboardingAuditActions.TenantSettingsChanged, "Change a tenant's settings"),
        new(OnboardingAuditActions.ConsentCallback, "Admin consent answer"),
        new(OnboardingAuditActions.ConnectionTested, "Test the connection"),
        new(OnboardingAuditActions.PollingPaused, "Pause polling"),
        new(OnboardingAuditActions.PollingResumed, "Resume polling"),
        new(OnboardingAuditActions.TenantOffboarded, "Offboard a tenant"),
        new(OnboardingAuditActions.TenantReactivated, "Bring a tenant back"),
        new(OnboardingAuditActions.AccountManagerAssigned, "Assign an account manager"),
        new(OnboardingAuditActions.AccountManagerUnassigned, "Unassign an account manager"),
        new(IntegrationAuditActions.ApiKeyCreated, "Create an API key"),
        new(IntegrationAuditActions.ApiKeyUsed, "First use of an API key today"),
        new(IntegrationAuditActions.ApiKeyRevoked, "Revoke an API key"),
        new(CustomerReports.CustomerReportSender.AuditAction, "Send the customer report"),
        new(CustomerReports.CustomerReportsController.EditAuditAction, "Change the customer report by mail"),
        new(AlertAuditActions.AlertRuleCreated, "Create an alert rule"),
        new(AlertAuditActions.AlertRuleChanged, "Change an alert rule"),
        new(AlertAuditActions.AlertRuleDeleted, "Delete an alert rule"),
    ];

    private static readonly Dictionary<string, string> ByCode = All.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>The English name of a known code (a key of AuditResource); null for an unknown one.</summary>
    public static string? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var name) ? name : null;
}
