namespace MspConsole.Core.Tenants;

/// <summary>
/// What the console may still do with a tenant. <see cref="Offboarded"/> is inert: its history is kept, but no action,
/// Graph read or reminder touches it. <see cref="Paused"/> stops scheduled polls, reminders and campaigns; the helpdesk
/// can still help a caller (actions, a re-read, a manual poll).
/// </summary>
public enum TenantStanding
{
    Active,
    Paused,
    Offboarded,
}
