namespace MspConsole.Core.Users;

/// <summary>Legacy per-user MFA (beta /authentication/requirements), what tenants without conditional access rely on.</summary>
public enum PerUserMfaState
{
    Unknown,
    Disabled,
    Enabled,
    Enforced,
}
