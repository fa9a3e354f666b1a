namespace MspConsole.Web.Features.Users;

/// <summary>
/// The user actions' route segments. The user page's forms post to /tenants/{tenantId}/users/{objectId}/actions/{action},
/// which the helpdesk actions handle; the user page only renders the forms, and only for Helpdesk and Admin.
/// </summary>
public static class UserActions
{
    public const string RemoveMethod = "remove-method";
    public const string CorrectPhone = "correct-phone";
    public const string ResetAuthenticator = "reset-authenticator";
    public const string ResetAllMethods = "reset-all-methods";
    public const string TemporaryAccessPass = "temporary-access-pass";
    public const string RevokeSessions = "revoke-sessions";
    public const string Exclude = "exclude";
    public const string Include = "include";
    public const string SendReminder = "send-reminder";
}
