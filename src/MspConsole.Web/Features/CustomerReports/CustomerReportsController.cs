using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Audit;
using MspConsole.Core.Reports;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Reminders;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>A tenant's customer report by mail (admins): the opt-in form, and a preview of the next mail. Every save is audited.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/tenants/{tenantId:guid}/customer-report")]
public sealed class CustomerReportsController(
    MspConsoleDbContext db,
    CustomerReportComposer composer,
    IAuditLog audit,
    TimeProvider time,
    IStringLocalizer<CustomerReportsResource> text) : Controller
{
    public const string EditAuditAction = "EditCustomerReport";
    private const string SettingsView = "~/Features/CustomerReports/Settings.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid tenantId)
    {
        if (await TenantNameAsync(tenantId, HttpContext.RequestAborted) is not { } tenantName)
        {
            return NotFound();
        }

        var subscription = await db.CustomerReportSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, HttpContext.RequestAborted)
            ?? new CustomerReportSubscription(tenantId);
        return View(SettingsView, new CustomerReportSettingsViewModel(tenantId, tenantName, CustomerReportInput.From(subscription), []));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid tenantId, [FromForm] CustomerReportInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await TenantNameAsync(tenantId, cancellationToken) is not { } tenantName)
        {
            return NotFound();
        }

        var problems = input.Problems();
        if (!ModelState.IsValid || problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var errors = problems.Select(problem => problem.Argument is null ? text[problem.Key].Value : text[problem.Key, problem.Argument].Value).ToList();
            return View(SettingsView, new CustomerReportSettingsViewModel(tenantId, tenantName, input, errors.Count > 0 ? errors : [text["The form could not be read."].Value]));
        }

        var subscription = await db.CustomerReportSubscriptions.SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        var before = subscription is null ? null : Describe(subscription);
        if (subscription is null)
        {
            subscription = new CustomerReportSubscription(tenantId);
            db.CustomerReportSubscriptions.Add(subscription);
        }

        subscription.Configure(input.Enabled, input.Frequency, input.Addresses());
        // The change and its audit entry are saved together.
        await audit.AppendAsync(AuditEvent.ForTenant(HttpContext.AuditActor(), time.GetUtcNow(), EditAuditAction, AuditOutcome.Succeeded, tenantId)
            with { Before = before, After = Describe(subscription) }, cancellationToken);
        return RedirectToAction(nameof(Edit), new { tenantId });
    }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(Guid tenantId)
    {
        var preview = await PreviewAsync(tenantId);
        return preview is null ? NotFound() : View("~/Features/CustomerReports/Preview.cshtml", preview);
    }

    /// <summary>The next mail's HTML alone, for the preview's sandboxed frame: its own strict policy (no script, nothing loaded, inline styles as in mail).</summary>
    [HttpGet("preview/mail")]
    public async Task<IActionResult> PreviewMail(Guid tenantId)
    {
        var preview = await PreviewAsync(tenantId);
        return preview is null ? NotFound() : new MailPreviewResult(preview.Mail.Html);
    }

    private async Task<CustomerReportPreviewViewModel?> PreviewAsync(Guid tenantId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken) is not { } tenant)
        {
            return null;
        }

        var subscription = await db.CustomerReportSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        var mail = await composer.ComposeAsync(tenant, subscription?.LastSentFigures, cancellationToken);
        return new CustomerReportPreviewViewModel(tenantId, tenant.DisplayName, subscription?.RecipientList ?? [], mail);
    }

    private Task<string?> TenantNameAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DisplayName).FirstOrDefaultAsync(cancellationToken);

    private static string Describe(CustomerReportSubscription subscription) => JsonSerializer.Serialize(new
    {
        enabled = subscription.Enabled,
        frequency = subscription.Frequency.ToString(),
        recipients = subscription.RecipientList,
    });
}
