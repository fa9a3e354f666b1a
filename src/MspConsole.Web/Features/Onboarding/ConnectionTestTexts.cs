using Microsoft.Extensions.Localization;
using MspConsole.Core.Graph;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Puts a <see cref="ConnectionTestResult"/> in plain words in nl, fr or en: which permission is missing and how to grant
/// it, whether the Entra ID P1 licence is missing, or that consent itself is missing. The infrastructure's English
/// messages are the keys; messages carrying a permission name are rebuilt from the check's fields.
/// </summary>
public static class ConnectionTestTexts
{
    /// <param name="failures">The shared resource, for the token failure's text (<see cref="GraphFailureTexts"/>).</param>
    public static ConnectionReport Localize(ConnectionTestResult result, IStringLocalizer localizer, IStringLocalizer<SharedResource> failures)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(failures);
        var L = localizer;
        if (result.TokenFailure is { } failure)
        {
            return new ConnectionReport(false, L["The console cannot sign in to this tenant."],
                [new ConnectionLine(L["Sign-in (token)"], L["Failed"], false, failures[GraphFailureTexts.Explain(failure)], null, result.TokenFailureMessage)]);
        }

        var lines = result.Checks.Select(check => new ConnectionLine(
            L[check.Name],
            L[OutcomeText(check.Outcome)],
            check.Outcome is ConnectionCheckOutcome.Ok,
            check.Outcome switch
            {
                ConnectionCheckOutcome.PermissionMissing => L["The app has not been granted the {0} permission in this tenant. Grant admin consent again (consent link below) so it includes {0}.", check.Permission],
                ConnectionCheckOutcome.Failed => L["Microsoft 365 refused this check or did not answer."],
                _ => L[check.Message],
            },
            check.RequestId,
            check.Outcome is ConnectionCheckOutcome.Failed ? check.Message : null)).ToList();

        string summary = result.IsReady
            ? result.RegistrationReportAvailable
                ? L["Ready: the console can poll this tenant."]
                : L["Ready, without Entra ID P1: the console reads each user's methods instead of the registration report."]
            : result.MissingPermissions.Count > 0
                ? L["Not ready: permissions missing: {0}.", string.Join(", ", result.MissingPermissions)]
                : L["Not ready: see the checks below."];
        return new ConnectionReport(result.IsReady, summary, lines);
    }

    public static string OutcomeText(ConnectionCheckOutcome outcome) => outcome switch
    {
        ConnectionCheckOutcome.Ok => "OK",
        ConnectionCheckOutcome.Degraded => "Limited",
        ConnectionCheckOutcome.PermissionMissing => "Permission missing",
        ConnectionCheckOutcome.Skipped => "Not checked",
        _ => "Failed",
    };
}
