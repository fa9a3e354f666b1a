namespace MspConsole.Web.Features.TenantSettings;

public enum OffboardMode
{
    /// <summary>Stop polling; keep users, snapshots, poll runs and reminders for reference.</summary>
    Keep,

    /// <summary>Stop polling and delete the tenant's users, snapshots, poll runs and reminders. The audit log stays.</summary>
    Purge,
}
