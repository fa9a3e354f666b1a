using MspConsole.Core.Graph;

namespace MspConsole.Web.Shared;

/// <summary>
/// One sentence per kind of Graph or token failure, saying what it means and what to do: keys of
/// <see cref="SharedResource"/>, used by every page that reports a failure (the user page's refresh, the connection
/// test, the GDAP import). Graph's own message is shown, if at all, as detail beside it.
/// </summary>
public static class GraphFailureTexts
{
    public static string Explain(GraphFailureKind kind) => kind switch
    {
        GraphFailureKind.Throttled => "Microsoft 365 is throttling this tenant right now; try again in a few minutes.",
        GraphFailureKind.ConsentMissing =>
            "The app is not consented in this tenant: a Global Administrator (or Privileged Role Administrator) of the tenant must open the consent link on the tenant's onboarding page and accept.",
        GraphFailureKind.PermissionMissing =>
            "The console's app has no (or no longer) consent or permission in this tenant; an admin must renew it on the tenant's onboarding page.",
        GraphFailureKind.UnknownTenant => "Microsoft knows no tenant with this id. Check the tenant id or domain.",
        GraphFailureKind.InvalidCredentials =>
            "The console's own app credentials (client secret or certificate) were refused. This affects every tenant: renew them in the Graph configuration.",
        _ => "Microsoft Graph did not answer as expected; try again later.",
    };
}
