namespace MspConsole.Web.Features.Users;

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
