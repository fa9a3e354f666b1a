using MspConsole.Core.Tenants;

namespace MspConsole.Core.Graph;

/// <summary>
/// What a Graph or token failure means for the console, decided by its kind (which Infrastructure derives from Graph's
/// status and error code, and Entra's AADSTS codes, never from message text): the tenant's consent state afterwards and
/// whether retrying can help. The poll, the connection test and the actions all ask here.
/// </summary>
public static class GraphFailureRules
{
    /// <summary>
    /// The consent state a failure proves, or null when it proves nothing about this tenant's consent (throttling, an
    /// outage, or the app's own credentials, which concern every tenant). An unknown tenant counts as consent missing: the
    /// console has no working grant there, and polling must stop until an admin corrects the tenant or re-tests it.
    /// </summary>
    public static ConsentState? ConsentAfter(GraphFailureKind kind) => kind switch
    {
        GraphFailureKind.PermissionMissing => ConsentState.PermissionMissing,
        GraphFailureKind.ConsentMissing or GraphFailureKind.UnknownTenant => ConsentState.Missing,
        _ => null,
    };

    /// <summary>Failures of the tenant's (or the app's) set-up: only an admin can fix them, so retrying in a loop will not help.</summary>
    public static bool IsSetupProblem(GraphFailureKind kind) => kind is GraphFailureKind.ConsentMissing or GraphFailureKind.PermissionMissing
        or GraphFailureKind.UnknownTenant or GraphFailureKind.InvalidCredentials;
}
