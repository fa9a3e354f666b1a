namespace MspConsole.Core.Graph;

public enum PerUserMfaState
{
    Unknown = 0,
    Disabled,
    Enabled,
    Enforced,
}
