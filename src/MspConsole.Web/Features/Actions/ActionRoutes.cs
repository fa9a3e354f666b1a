using MspConsole.Core.Actions;
using MspConsole.Web.Features.Users;

namespace MspConsole.Web.Features.Actions;

/// <summary>The route segment of each action (the user page's forms post to them) and its title (a resource key).</summary>
public static class ActionRoutes
{
    private static readonly Dictionary<string, HelpdeskAction> Segments = new(StringComparer.OrdinalIgnoreCase)
    {
        [UserActions.RemoveMethod] = HelpdeskAction.RemoveMethod,
        [UserActions.CorrectPhone] = HelpdeskAction.CorrectPhone,
        [UserActions.ResetAuthenticator] = HelpdeskAction.ResetAuthenticator,
        [UserActions.ResetAllMethods] = HelpdeskAction.ResetAllMethods,
        [UserActions.TemporaryAccessPass] = HelpdeskAction.TemporaryAccessPass,
        [UserActions.RevokeSessions] = HelpdeskAction.RevokeSessions,
        [UserActions.Exclude] = HelpdeskAction.Exclude,
        [UserActions.Include] = HelpdeskAction.Include,
    };

    public static IReadOnlyCollection<string> All => Segments.Keys;

    public static HelpdeskAction? Parse(string segment) => Segments.TryGetValue(segment, out var action) ? action : null;

    public static string Segment(HelpdeskAction action) => Segments.First(pair => pair.Value == action).Key;

    public static string UserUrl(Guid tenantId, string objectId) => $"/tenants/{tenantId}/users/{Uri.EscapeDataString(objectId)}";

    public static string ActionUrl(Guid tenantId, string objectId, HelpdeskAction action) => $"{UserUrl(tenantId, objectId)}/actions/{Segment(action)}";

    public static string Title(HelpdeskAction action) => action switch
    {
        HelpdeskAction.RemoveMethod => "Remove a method",
        HelpdeskAction.CorrectPhone => "Correct a phone number",
        HelpdeskAction.ResetAuthenticator => "Reset the Authenticator (phone replaced)",
        HelpdeskAction.ResetAllMethods => "Reset all MFA methods",
        HelpdeskAction.TemporaryAccessPass => "Issue a Temporary Access Pass",
        HelpdeskAction.RevokeSessions => "Sign out everywhere",
        HelpdeskAction.Exclude => "Exclude from compliance",
        _ => "Include in compliance again",
    };
}
