namespace MspConsole.Core.Actions;

/// <summary>Which actions need what: caller verification, a second person, a call to Graph.</summary>
public static class HelpdeskActionRules
{
    /// <summary>Actions a social engineer would ask for: the engineer records how the caller was verified.</summary>
    public static bool NeedsCallerVerification(HelpdeskAction action) => action is HelpdeskAction.RemoveMethod or HelpdeskAction.CorrectPhone
        or HelpdeskAction.ResetAuthenticator or HelpdeskAction.ResetAllMethods or HelpdeskAction.TemporaryAccessPass;

    /// <summary>Actions that change the user in Microsoft 365 (exclusion is the console's own decision).</summary>
    public static bool ChangesGraph(HelpdeskAction action) => action is not (HelpdeskAction.Exclude or HelpdeskAction.Include);

    /// <summary>
    /// High-risk actions wait for a second person where the tenant's policy asks for four eyes: a Temporary Access Pass,
    /// resetting every method, and any change in Graph to an administrator. Excluding or including is a console-side
    /// decision that changes nothing in the tenant, so it never waits (break-glass admins are excluded in bulk).
    /// </summary>
    public static bool IsHighRisk(HelpdeskAction action, bool targetIsAdmin) =>
        action is HelpdeskAction.TemporaryAccessPass or HelpdeskAction.ResetAllMethods
        || (targetIsAdmin && ChangesGraph(action));
}
