using Microsoft.Extensions.Localization;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Actions;

/// <summary>Actions' sentences in the engineer's language: methods as they recognise them, failures in plain words.</summary>
public static class ActionTexts
{
    public static string Describe(IStringLocalizer localizer, AuthenticationMethod method) => method.Kind switch
    {
        AuthenticationMethodKind.Phone => localizer["phone {0} ({1})", method.PhoneNumber ?? "?", localizer[PhoneTypeText(method.PhoneType)]],
        AuthenticationMethodKind.Email => localizer["e-mail address {0}", method.EmailAddress ?? "?"],
        AuthenticationMethodKind.MicrosoftAuthenticator => localizer["Microsoft Authenticator on {0}", Device(localizer, method)],
        AuthenticationMethodKind.SoftwareOath => localizer["authenticator app code (OATH)"],
        AuthenticationMethodKind.Fido2 => localizer["security key or passkey {0}", Device(localizer, method)],
        AuthenticationMethodKind.WindowsHello => localizer["Windows Hello on {0}", Device(localizer, method)],
        AuthenticationMethodKind.PlatformCredential => localizer["platform credential on {0}", Device(localizer, method)],
        AuthenticationMethodKind.TemporaryAccessPass => localizer["Temporary Access Pass"],
        AuthenticationMethodKind.Password => localizer["password"],
        _ => method.GraphType,
    };

    public static string PhoneTypeText(PhoneType? type) => type switch
    {
        PhoneType.AlternateMobile => "alternate mobile",
        PhoneType.Office => "office",
        _ => "mobile",
    };

    /// <summary>
    /// What went wrong and what to do, for the result page. A Graph failure is said in the words every page uses for its
    /// kind (<see cref="GraphFailureTexts"/>, in <paramref name="shared"/>), followed by what it meant for the action.
    /// </summary>
    public static string ExplainFailure(IStringLocalizer actions, IStringLocalizer shared, ActionFailureReason reason) =>
        GraphFailureOf(reason) is { } kind ? $"{shared[GraphFailureTexts.Explain(kind)]} {actions[Explain(reason)]}" : actions[Explain(reason)];

    /// <summary>The Graph failure kind whose shared sentence explains <paramref name="reason"/>; null for the actions' own reasons.
    /// The consent reason stands for every setup problem, so it takes the wording that covers consent and permission.</summary>
    public static GraphFailureKind? GraphFailureOf(ActionFailureReason reason) => reason switch
    {
        ActionFailureReason.Throttled => GraphFailureKind.Throttled,
        ActionFailureReason.ConsentMissing => GraphFailureKind.PermissionMissing,
        ActionFailureReason.Unavailable => GraphFailureKind.Transient,
        _ => null,
    };

    /// <summary>The actions' own part of a failure's explanation (a resource key): after a Graph failure's shared sentence,
    /// what it meant for the action; for any other reason, the whole explanation.</summary>
    public static string Explain(ActionFailureReason reason) => reason switch
    {
        ActionFailureReason.Throttled or ActionFailureReason.ConsentMissing or ActionFailureReason.Unavailable => "Nothing (more) was changed.",
        ActionFailureReason.UserGone => "The user (or the method) no longer exists in the tenant. The console now shows the user as Microsoft 365 knows them.",
        ActionFailureReason.DefaultMethodRefused => "Microsoft refuses to delete the user's default sign-in method while other methods remain. Remove the other methods first, let the user choose another default method, or reset all methods.",
        ActionFailureReason.DefaultMethodNotChanged => "Microsoft 365 did not accept the change of the user's default sign-in method, so nothing was deleted. The reason is below; try again, or let the user choose another default method at https://mysignins.microsoft.com.",
        ActionFailureReason.Refused => "Microsoft refused the change. Its message is below.",
        ActionFailureReason.TenantOffboarded => "This tenant is offboarded: the console keeps its history but no longer changes or reads anything in it. Nothing was changed.",
        ActionFailureReason.NothingToDo => "There was nothing to change: the user's methods already differ from what the page showed. Check the methods and try again.",
        _ => "The action failed for an unexpected reason. Its details are below and in the audit log.",
    };

    public static string Explain(ActionRequestRefusal refusal) => refusal switch
    {
        ActionRequestRefusal.OwnRequest => "You asked for this action yourself: a second person must approve it.",
        ActionRequestRefusal.Expired => "This request has expired. Ask the engineer to request the action again if it is still needed.",
        ActionRequestRefusal.NotYourRequest => "Only the engineer who requested the pass can issue it: they have the caller on the line.",
        ActionRequestRefusal.IssueWindowPassed => "The pass was approved but not issued in time. Request a new pass if it is still needed.",
        ActionRequestRefusal.NotIssuable => "This pass was already issued, or the request is not an approved pass. A pass is shown only once: request a new one if it was lost.",
        _ => "This request has already been decided (or has expired).",
    };

    /// <summary>A four-eyes request's status (resource keys).</summary>
    public static string StatusText(ActionRequestStatus status) => status switch
    {
        ActionRequestStatus.Pending => "Pending",
        ActionRequestStatus.Approved => "Approved",
        ActionRequestStatus.Issued => "Approved and issued",
        ActionRequestStatus.Rejected => "Rejected",
        _ => "Expired",
    };

    /// <summary>What a request asks beyond its title, for the approver: a pass's lifetime and whether it is usable once.</summary>
    public static string? Terms(IStringLocalizer localizer, HelpdeskAction action, ActionParameters parameters) => action switch
    {
        HelpdeskAction.TemporaryAccessPass => localizer[parameters.IsUsableOnce ? "Valid for {0} minutes, usable once" : "Valid for {0} minutes, usable more than once",
            parameters.LifetimeMinutes ?? 0].Value,
        HelpdeskAction.ResetAllMethods when parameters.RevokeSessions => localizer["Also sign the user out everywhere"].Value,
        _ => null,
    };

    private static string Device(IStringLocalizer localizer, AuthenticationMethod method) =>
        string.IsNullOrWhiteSpace(method.DeviceName) ? localizer["an unnamed device"] : method.DeviceName;
}
