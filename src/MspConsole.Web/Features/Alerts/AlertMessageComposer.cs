using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MspConsole.Core.Alerts;
using MspConsole.Core.Tenants;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Alerts;

/// <summary>Words an alert's "fired" or "resolved" message in the rule's language (nl, fr or en).</summary>
public sealed class AlertMessageComposer(IStringLocalizer<AlertsResource> text, IOptions<AlertOptions> options)
{
    public AlertMessage Compose(Alert alert, AlertRule rule, Tenant? tenant, AlertEvent alertEvent)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(rule);
        var culture = CultureInfo.GetCultureInfo(UiCultures.IsSupported(rule.Language) ? rule.Language : UiCultures.Default);
        var tenantName = tenant?.DisplayName ?? alert.TenantId.ToString("D");

        // The localizer reads the current UI culture; jobs run outside any request, so it is set for the wording only.
        var (before, beforeFormat) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        try
        {
            var (title, explanation) = Fired(alert, rule, tenantName);
            List<AlertFact> facts =
            [
                new(text["Tenant"], tenantName),
                new(text["Rule"], text[AlertTexts.KindName(alert.Kind)]),
                new(text["Since"], DisplayTime.Format(alert.OpenedAt)),
            ];
            if (alert.Note is { Length: > 0 } note)
            {
                facts.Add(new(text["Detail"], note));
            }

            if (alertEvent == AlertEvent.Resolved)
            {
                facts.Add(new(text["Resolved at"], DisplayTime.Format(alert.ResolvedAt)));
                (title, explanation) = (text["Resolved: {0}", title], text["This alert has cleared: the condition no longer holds."]);
            }

            var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/tenants/{alert.TenantId}";
            return new AlertMessage(alertEvent, culture.Name, title, explanation, facts, link, text["Open the tenant in the console"]);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (before, beforeFormat);
        }
    }

    private (string Title, string Text) Fired(Alert alert, AlertRule rule, string tenantName) => alert.Kind switch
    {
        AlertKind.AdminWithoutMfa => (text["Admin without MFA in {0}", tenantName],
            text["{0} is an administrator and has no MFA method registered. Have them register one, or remove the admin role.", alert.SubjectName]),
        AlertKind.ConsentProblem when alert.Subject == nameof(ConsentState.PermissionMissing) => (text["A permission is missing in {0}", tenantName],
            text["The console's app lacks a permission it needs in this tenant. Polling has stopped until an admin grants it again."]),
        AlertKind.ConsentProblem => (text["Consent lost in {0}", tenantName],
            text["The console's app no longer has consent in this tenant. Polling has stopped until an admin consents again."]),
        AlertKind.PollsFailing => (text["Polls of {0} failing for over {1} hours", tenantName, rule.Threshold ?? 0],
            text["No poll of this tenant has succeeded for {0} hours. The figures in the console are getting old.", alert.Figure ?? 0]),
        AlertKind.ResilientShareLow => (text["Resilient share in {0} below {1}%", tenantName, rule.Threshold ?? 0],
            text["{0}% of the users have two MFA methods or more; the rule asks for at least {1}%.", alert.Figure ?? 0, rule.Threshold ?? 0]),
        _ => (text["A reminder batch for {0} failed", tenantName],
            text["{0} reminders of the latest batch could not be sent. See the reminder batch in the console.", alert.Figure ?? 0]),
    };
}
