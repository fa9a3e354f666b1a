namespace MspConsole.Web.Features.Users;

/// <summary>
/// The user actions' route segments (issue 7). The forms post to /tenants/{tenantId}/users/{objectId}/actions/{action};
/// the actions work adds the endpoints, these pages only render the forms for Helpdesk and Admin.
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

/// <summary>One entry of the user page's action panel: the action's confirmation page (which asks for the reason, ticket and
/// caller verification once), its text (a resource key), and the method it acts on.</summary>
public sealed record UserActionForm(string Action, string Label, string ActionBase, string? Method = null, bool Danger = false)
{
    public static UserActionForm RemoveMethod(string actionBase, string method) => new(UserActions.RemoveMethod, "Remove", actionBase, method, Danger: true);

    public static IReadOnlyList<UserActionForm> ForUser(string actionBase, bool isExcluded) =>
    [
        new(UserActions.SendReminder, "Send reminder", actionBase),
        new(UserActions.RemoveMethod, "Remove a method (e.g. a wrong number)", actionBase, Danger: true),
        new(UserActions.CorrectPhone, "Correct phone number", actionBase),
        new(UserActions.ResetAuthenticator, "Reset Authenticator (phone replaced)", actionBase, Danger: true),
        new(UserActions.ResetAllMethods, "Reset all MFA methods (register again)", actionBase, Danger: true),
        new(UserActions.TemporaryAccessPass, "Issue Temporary Access Pass", actionBase),
        new(UserActions.RevokeSessions, "Sign out everywhere", actionBase, Danger: true),
        isExcluded
            ? new(UserActions.Include, "Include again", actionBase)
            : new(UserActions.Exclude, "Exclude (break-glass or service account)", actionBase, Danger: true),
    ];
}
