using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Audit;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Features.Shared;
using MspConsole.Web.Features.TenantSettings;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The connection test, and Entra's redirect back after admin consent.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ConsentController(
    ConnectionTesting testing,
    ConsentLinks links,
    TenantDetailsQueries queries,
    AdminAudit audit,
    ActionReceipts receipts,
    IStringLocalizer<AdminResource> localizer,
    IStringLocalizer<SharedResource> shared) : Controller
{
    private const int MaxErrorLength = 300;

    [HttpPost("admin/tenants/{tenantId:guid}/test")]
    public async Task<IActionResult> Test(Guid tenantId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.DetailsAsync(tenantId, cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await testing.RunAsync(tenantId, ConnectionTestTriggers.Manual, cancellationToken);
        TempData.SetTest(ConnectionTestTexts.Localize(result, localizer, shared));
        return RedirectToAction("Details", "TenantAdmin", new { tenantId });
    }

    /// <summary>Entra redirects here: <c>?tenant=..&amp;admin_consent=True&amp;state=..</c> or <c>?error=permission_denied&amp;state=..</c>.
    /// The answer is not trusted as such: a valid state is required, and consent is then proven by a connection test.</summary>
    [HttpGet(ConsentLinks.CallbackPath)]
    public async Task<IActionResult> Callback(
        [FromQuery(Name = "tenant")] string? tenant,
        [FromQuery(Name = "admin_consent")] string? adminConsent,
        [FromQuery(Name = "state")] string? state,
        [FromQuery(Name = "error")] string? error,
        [FromQuery(Name = "error_description")] string? errorDescription)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var valid = links.Validate(state, User);
        if (valid is null || (Guid.TryParse(tenant, out var answered) && answered != valid.TenantId)
            || await queries.DetailsAsync(valid.TenantId, cancellationToken) is null)
        {
            await audit.AppendAsync(new AdminChange(OnboardingAuditActions.ConsentCallback, null, null, null,
                Outcome: AuditOutcome.Rejected, Error: "The consent callback's state was missing, forged, expired, another admin's, or for another tenant."), cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(OnboardingViews.ConsentRejected, ConsentRejection.Unmatched);
        }

        var id = valid.TenantId;
        // The nonce's receipt makes the state single-use, across instances too: a replayed callback tests nothing again.
        if (await receipts.ClaimAsync(valid.Nonce, User.GetObjectId() ?? "", cancellationToken) is not null)
        {
            await audit.AppendAsync(new AdminChange(OnboardingAuditActions.ConsentCallback, id, null, null,
                Outcome: AuditOutcome.Rejected, Error: "The consent callback's state was already used."), cancellationToken);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(OnboardingViews.ConsentRejected, ConsentRejection.AlreadyUsed);
        }

        if (!string.IsNullOrEmpty(error) || !string.Equals(adminConsent, "True", StringComparison.OrdinalIgnoreCase))
        {
            var reason = Limit($"{error} {errorDescription}".Trim());
            await audit.AppendAsync(new AdminChange(OnboardingAuditActions.ConsentCallback, id, null, null,
                Outcome: AuditOutcome.Failed, Error: reason.Length == 0 ? "No consent in the answer." : reason), cancellationToken);
            await receipts.CompleteAsync(valid.Nonce, "Consent callback: no consent", cancellationToken);
            TempData.SetMessage(string.Equals(error, "permission_denied", StringComparison.Ordinal)
                ? localizer["Consent was refused in the tenant: nothing changed. A Global Administrator must accept the consent link."]
                : localizer["Consent did not complete ({0}).", Limit(error ?? "no answer")]);
            return RedirectToAction("Details", "TenantAdmin", new { tenantId = id });
        }

        await audit.AppendAsync(new AdminChange(OnboardingAuditActions.ConsentCallback, id, null, new { AdminConsent = true }), cancellationToken);
        var result = await testing.RunAsync(id, ConnectionTestTriggers.AfterConsent, cancellationToken);
        await receipts.CompleteAsync(valid.Nonce, "Consent callback: connection tested", cancellationToken);
        TempData.SetMessage(localizer["Admin consent was granted. The connection was tested:"]);
        TempData.SetTest(ConnectionTestTexts.Localize(result, localizer, shared));
        return RedirectToAction("Details", "TenantAdmin", new { tenantId = id });
    }

    private static string Limit(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
