namespace MspConsole.Core.Alerts;

/// <summary>Audit action codes of the alert rules.</summary>
public static class AlertAuditActions
{
    public const string AlertRuleCreated = nameof(AlertRuleCreated);
    public const string AlertRuleChanged = nameof(AlertRuleChanged);
    public const string AlertRuleDeleted = nameof(AlertRuleDeleted);
}
