namespace MspConsole.Web.Shared;

public enum Enforcement
{
    Unknown,
    SecurityDefaults,
    ConditionalAccess,
    None,
}
