namespace MspConsole.Core.Reminders;

public enum ReminderBatchKind
{
    /// <summary>A helpdesk engineer or admin pressed "send" (one user, a selection, a tenant, all tenants).</summary>
    Manual,
    /// <summary>A tenant's reminder campaign ran on its schedule.</summary>
    Campaign,
}
