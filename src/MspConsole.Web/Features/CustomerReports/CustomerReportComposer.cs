using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reports;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>
/// Renders a tenant's report mail in the tenant's language, from the same stored figures as the report page, with the
/// change since the figures of the previous report sent.
/// </summary>
public sealed class CustomerReportComposer(
    MspConsoleDbContext db,
    TenantUserQueries users,
    IStringLocalizer<CustomerReportsResource> text,
    IOptions<CustomerReportOptions> options)
{
    private const int AdminsListed = 20;

    public async Task<CustomerReportMail> ComposeAsync(Tenant tenant, ReportFigures? previous, CancellationToken cancellationToken)
    {
        var counts = await db.FiguresOfTenantAsync(TenantScope.All, tenant.Id, cancellationToken);
        var admins = await users.CriticalAdminsAsync(TenantScope.All, tenant.Id, AdminsListed, cancellationToken);
        var figures = new ReportFigures(counts.InScope, counts.Resilient, counts.NotRegistered + counts.SingleMethod, counts.AdminsWithoutMfa);
        var culture = CultureInfo.GetCultureInfo(UiCultures.ForLanguage(tenant.Language) ?? UiCultures.Default);

        // The localizer reads the current UI culture; the job runs outside any request, so it is set for the rendering only.
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var subject = text["MFA report for {0}", tenant.DisplayName].Value;
            var html = new StringBuilder()
                .Append("<html><body style=\"font-family:Segoe UI,Arial,sans-serif\">")
                .Append("<h1>").Append(Encode(subject)).Append("</h1>")
                .Append("<table>");
            Row(html, text["Users the rule applies to"], figures.Users, previous?.Users, culture);
            Row(html, text["Resilient (two methods or more)"], figures.Resilient, previous?.Resilient, culture);
            Row(html, text["Users who need to act"], figures.NeedAction, previous?.NeedAction, culture);
            Row(html, text["Admins without MFA"], figures.AdminsWithoutMfa, previous?.AdminsWithoutMfa, culture);
            html.Append("</table>");
            html.Append("<p>").Append(Encode(previous is null ? text["This is the first report: there is no earlier one to compare with."] : text["Change since the previous report in brackets."])).Append("</p>");
            if (admins.Count > 0)
            {
                html.Append("<h2>").Append(Encode(text["Admins without MFA"])).Append("</h2><ul>");
                foreach (var admin in admins)
                {
                    html.Append("<li>").Append(Encode(admin.UserPrincipalName)).Append("</li>");
                }

                html.Append("</ul>");
            }

            var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/tenants/{tenant.Id}";
            html.Append("<p>").Append(Encode(text["For the MSP's staff: the tenant in the console"])).Append(": <a href=\"")
                .Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a></p></body></html>");
            return new CustomerReportMail(culture.Name, subject, html.ToString(), figures);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static void Row(StringBuilder html, string label, int value, int? previous, CultureInfo culture)
    {
        html.Append("<tr><th style=\"text-align:left\">").Append(Encode(label)).Append("</th><td data-figure>")
            .Append(value.ToString("N0", culture)).Append("</td><td>");
        if (previous is { } earlier)
        {
            html.Append('(').Append((value - earlier).ToString("+#,0;-#,0;0", culture)).Append(')');
        }

        html.Append("</td></tr>");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
