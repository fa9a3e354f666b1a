namespace MspConsole.Core.Actions;

/// <summary>What a helpdesk engineer can do to a user's sign-in methods, sessions and MFA status. The names are the audit log's action names.</summary>
public enum HelpdeskAction
{
    RemoveMethod,
    CorrectPhone,
    ResetAuthenticator,
    ResetAllMethods,
    TemporaryAccessPass,
    RevokeSessions,
    Exclude,
    Include,
}
