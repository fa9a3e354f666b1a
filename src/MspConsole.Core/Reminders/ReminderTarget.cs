namespace MspConsole.Core.Reminders;

/// <summary>Whom a send request is for. Users are queued when the request is made; the others are expanded by the job.</summary>
public enum ReminderTarget
{
    /// <summary>One user or a selection of users of one tenant.</summary>
    Users,
    /// <summary>Every non-compliant user of one tenant.</summary>
    Tenant,
    /// <summary>Every non-compliant user of every active tenant.</summary>
    AllTenants,
    /// <summary>The users a tenant's campaign finds due.</summary>
    Campaign,
}
