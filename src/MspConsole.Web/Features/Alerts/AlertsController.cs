using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Alerts;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Alerts;

/// <summary>Admins create, switch and delete alert rules, and see open alerts and the delivery history. Every rule change is audited.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/alerts")]
public sealed class AlertsController(
    MspConsoleDbContext db,
    AlertQueries queries,
    AlertRuleValidator validator,
    WebhookSecrets secrets,
    AlertEvaluator evaluator,
    AdminAudit audit,
    TimeProvider time,
    IStringLocalizer<AlertsResource> localizer) : Controller
{
    private const string PagePath = "~/Features/Alerts/Index.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(PagePath, await queries.PageAsync(new AlertRuleInput { Language = MessageLanguageDefault() }, [], null, TempData.TakeMessage(), HttpContext.RequestAborted));

    [HttpPost("rules")]
    public async Task<IActionResult> Create(AlertRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        var (draft, problems) = await validator.ValidateAsync(input, cancellationToken);
        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(PagePath, await queries.PageAsync(input, problems, null, null, cancellationToken));
        }

        var secret = draft.Webhook == WebhookFormat.SignedJson ? WebhookSecrets.NewSecret() : null;
        var rule = new AlertRule(draft.Kind, draft.TenantId, draft.Threshold, draft.Recipients, draft.Webhook, draft.WebhookUrl,
            secret is null ? null : secrets.Protect(secret), draft.Language, User.GetUserName(), time.GetUtcNow());
        db.AlertRules.Add(rule);
        await audit.AppendAsync(new AdminChange(AlertAuditActions.AlertRuleCreated, rule.TenantId, null, Describe(rule)), cancellationToken);
        var message = secret is null
            ? localizer["Rule created."]
            : localizer["Rule created. Copy the webhook secret now: it is not shown again."];
        // Rendered from the POST, never through TempData, so the secret is in this one answer only.
        return View(PagePath, await queries.PageAsync(new AlertRuleInput { Language = MessageLanguageDefault() }, [], secret, message, cancellationToken));
    }

    [HttpPost("rules/{id:guid}/switch")]
    public async Task<IActionResult> Switch(Guid id, bool enabled)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var rule = await db.AlertRules.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        if (rule.Enabled != enabled)
        {
            var before = Describe(rule);
            rule.Switch(enabled, time.GetUtcNow());
            await audit.AppendAsync(new AdminChange(AlertAuditActions.AlertRuleChanged, rule.TenantId, before, Describe(rule)), cancellationToken);
            if (!enabled)
            {
                await evaluator.ResolveQuietlyAsync(rule.Id, cancellationToken);
            }
        }

        TempData.SetMessage(enabled ? localizer["Rule switched on."] : localizer["Rule switched off."]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("rules/{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var rule = await db.AlertRules.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (rule is null)
        {
            return NotFound();
        }

        db.AlertRules.Remove(rule);
        await audit.AppendAsync(new AdminChange(AlertAuditActions.AlertRuleDeleted, rule.TenantId, Describe(rule), null), cancellationToken);
        await evaluator.ResolveQuietlyAsync(rule.Id, cancellationToken);
        TempData.SetMessage(localizer["Rule deleted."]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>What the audit keeps of a rule: never the secret, and of a webhook only its host.</summary>
    private static object Describe(AlertRule rule) => new
    {
        rule.Id,
        Kind = rule.Kind.ToString(),
        rule.TenantId,
        rule.Threshold,
        rule.EmailRecipients,
        Webhook = rule.WebhookFormat.ToString(),
        WebhookHost = Uri.TryCreate(rule.WebhookUrl, UriKind.Absolute, out var url) ? url.Authority : null,
        rule.Language,
        rule.Enabled,
    };

    /// <summary>Messages default to the language the admin reads the console in.</summary>
    private static string MessageLanguageDefault() => UiCultures.ForLanguage(CultureInfo.CurrentUICulture.Name) ?? UiCultures.Default;
}
