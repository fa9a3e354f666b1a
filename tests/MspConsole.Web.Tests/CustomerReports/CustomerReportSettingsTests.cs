using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Reports;
using MspConsole.Web.Features.CustomerReports;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Shared;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.CustomerReports;

/// <summary>The customer report's settings form, its preview and its place on the tenant's admin page.</summary>
[Collection(ReminderAppCollection.Name)]
public sealed class CustomerReportSettingsTests(ReminderAppFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    private string Url => $"/admin/tenants/{fixture.TenantB}/customer-report";

    [Theory]
    [InlineData("helpdesk", "", HttpStatusCode.Forbidden)]
    [InlineData("am-south", "", HttpStatusCode.Forbidden)]
    [InlineData("am-south", "/preview", HttpStatusCode.Forbidden)]
    [InlineData("admin", "", HttpStatusCode.OK)]
    [InlineData("admin", "/preview", HttpStatusCode.OK)]
    [InlineData("admin", "/preview/mail", HttpStatusCode.OK)]
    public async Task Pages_AreForAdminsOnly(string persona, string page, HttpStatusCode expected)
    {
        using var client = await fixture.Factory.ClientAsync(persona, cancellation);

        using var response = await client.GetAsync(new Uri(Url + page, UriKind.Relative), cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Save_AsHelpdesk_IsForbidden_AndChangesNothing()
    {
        using var admin = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        using var response = await client.PostFormAsync(Url, [new("enabled", "true"), new("frequency", "Weekly"), new("recipients", "x@customer.example")], cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.CustomerReportSubscriptions.AnyAsync(s => s.TenantId == fixture.TenantB && s.Recipients.Contains("x@customer.example"), cancellation));
    }

    [Fact]
    public async Task Save_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);

        using var response = await client.PostFormAsync(Url, [new("enabled", "true"), new("frequency", "Weekly"), new("recipients", "y@customer.example")], cancellation, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.CustomerReportSubscriptions.AnyAsync(s => s.TenantId == fixture.TenantB && s.Recipients.Contains("y@customer.example"), cancellation));
    }

    [Fact]
    public async Task Save_WithAnInvalidAddress_ShowsTheProblemInFrench_AndSavesNothing()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        using var response = await client.PostFormAsync(Url, [new("enabled", "true"), new("frequency", "Weekly"), new("recipients", "ok@customer.example\nnot an address<script>")], cancellation, Url);
        var html = await response.Content.ReadAsStringAsync(cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Adresse e-mail non valide", html, StringComparison.Ordinal);
        Assert.Contains("not an address&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.CustomerReportSubscriptions.AnyAsync(s => s.TenantId == fixture.TenantB && s.Recipients.Contains("ok@customer.example"), cancellation));
    }

    [Fact]
    public async Task Save_OptedInWithoutRecipients_IsRefused()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(UiCultures.English);

        using var response = await client.PostFormAsync(Url, [new("enabled", "true"), new("frequency", "Monthly"), new("recipients", " ")], cancellation, Url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Name at least one recipient", await response.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AsAdmin_StoresTheOptIn_Audits_AndThePreviewShowsTheNextMailInTheTenantsLanguage()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        try
        {
            using var response = await client.PostFormAsync(Url,
                [new("enabled", "true"), new("frequency", "Weekly"), new("recipients", "contact@customer.example; manager@msp.example")], cancellation, Url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await using (var db = fixture.CreateDbContext())
            {
                var stored = await db.CustomerReportSubscriptions.AsNoTracking().SingleAsync(s => s.TenantId == fixture.TenantB, cancellation);
                Assert.True(stored.Enabled);
                Assert.Equal(ReportFrequency.Weekly, stored.Frequency);
                Assert.Equal(["contact@customer.example", "manager@msp.example"], stored.RecipientList);
                var audited = await db.AuditEntries.AsNoTracking().Where(e => e.Action == CustomerReportsController.EditAuditAction && e.TenantId == fixture.TenantB)
                    .OrderByDescending(e => e.Id).FirstAsync(cancellation);
                Assert.Contains("manager@msp.example", audited.After, StringComparison.Ordinal);
            }

            var adminPage = await client.GetStringAsync(new Uri($"/admin/tenants/{fixture.TenantB}", UriKind.Relative), cancellation);
            Assert.Contains("data-testid=\"customer-report-status\"", adminPage, StringComparison.Ordinal);

            var preview = await client.GetStringAsync(new Uri(Url + "/preview", UriKind.Relative), cancellation);
            Assert.Contains("contact@customer.example, manager@msp.example", preview, StringComparison.Ordinal);
            Assert.Contains("Rapport MFA pour", preview, StringComparison.Ordinal);
            using var mail = await client.GetAsync(new Uri(Url + "/preview/mail", UriKind.Relative), cancellation);
            Assert.Contains("sandbox", mail.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("Administrateurs sans MFA", await mail.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
        }
    }
}
