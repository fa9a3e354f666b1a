namespace MspConsole.Infrastructure.Graph;

internal enum MfaEnforcement
{
    None,
    /// <summary>MFA is one option among others (OR): a user can satisfy the policy without it.</summary>
    Offered,
    Required,
}
