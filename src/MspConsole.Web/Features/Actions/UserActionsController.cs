using MspConsole.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspConsole.Core.Actions;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Actions;

/// <summary>
/// One action on one user: GET (or a first POST from the user page) shows the confirmation step, the confirmed POST acts
/// (or files a four-eyes request) once per idempotency key. Helpdesk and Admin only; anti-forgery is global.
/// </summary>
[Authorize(Policy = Policies.Act)]
[Route("tenants/{tenantId:guid}/users/{objectId}/actions/{segment}")]
public sealed class UserActionsController(ActionPages pages, HelpdeskActionService actions, ApprovalService approvals, ActionReceipts receipts) : Controller
{
    public const string ConfirmView = "~/Features/Actions/Confirm.cshtml";
    public const string ResultView = "~/Features/Actions/Result.cshtml";

    [HttpGet]
    public async Task<IActionResult> Show(Guid tenantId, string objectId, string segment, [FromQuery] string? method)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (ActionRoutes.Parse(segment) is not { } action || await pages.FindTargetAsync(tenantId, objectId, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (target.Standing == TenantStanding.Offboarded)
        {
            return Refused(target);
        }

        return View(ConfirmView, await pages.ConfirmAsync(target, action, new ActionForm { Method = method }, [], cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Submit(Guid tenantId, string objectId, string segment, [FromForm] ActionForm form)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (ActionRoutes.Parse(segment) is not { } action || await pages.FindTargetAsync(tenantId, objectId, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (target.Standing == TenantStanding.Offboarded)
        {
            // Refused before Graph is read, a receipt claimed or a four-eyes request filed; the action service refuses too.
            return Refused(target);
        }

        if (!form.Confirmed)
        {
            // The user page's buttons post here first: confirm before anything changes, without the user page's errors.
            return View(ConfirmView, await pages.ConfirmAsync(target, action, form with { IdempotencyKey = null }, [], cancellationToken));
        }

        var (command, errors) = ActionFormValidation.Validate(target, action, form, pages.Options);
        if (command is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ConfirmView, await pages.ConfirmAsync(target, action, form, errors, cancellationToken));
        }

        var actor = HttpContext.AuditActor();
        // Validated above: a confirmed form has a key.
        var key = form.IdempotencyKey!.Value;
        if (await receipts.ClaimAsync(key, actor.ObjectId, cancellationToken) is { } earlier)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(ResultView, new ActionResultViewModel(action, target.Upn, target.UserUrl, null, DuplicateSummary: earlier.Summary ?? "…"));
        }

        var result = await approvals.RequiresApprovalAsync(tenantId, action, target.IsAdmin, cancellationToken)
            ? await approvals.RequestAsync(command, actor, target.Upn, cancellationToken)
            : await actions.ExecuteAsync(command, actor, cancellationToken);
        await receipts.CompleteAsync(key, result.Summary, cancellationToken);
        // Post/Redirect/Get: the result is a page of its own, so Back and Reload never resubmit the action.
        return LocalRedirect(result.ApprovalRequestId is { } requestId
            ? ApprovalRequestController.RequestUrl(requestId)
            : ResultUrl(tenantId, objectId, action, result.AuditEntryId));
    }

    public static string ResultUrl(Guid tenantId, string objectId, HelpdeskAction action, long auditEntryId) =>
        $"{ActionRoutes.ActionUrl(tenantId, objectId, action)}/result/{auditEntryId}";

    [HttpGet("result/{auditEntryId:long}")]
    public async Task<IActionResult> Result(Guid tenantId, string objectId, string segment, long auditEntryId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (ActionRoutes.Parse(segment) is not { } action || await pages.FindTargetAsync(tenantId, objectId, cancellationToken) is not { } target
            || await pages.ResultAsync(tenantId, objectId, action, auditEntryId, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        return ResultPage(this, result, target.Upn, target.UserUrl, await pages.StatusAsync(tenantId, objectId, cancellationToken), tenantId, objectId);
    }

    private IActionResult Refused(ActionTarget target) => TenantRefusal.Page(this, target.TenantId, target.TenantName, target.Standing, target.UserUrl);

    /// <summary>The result, never cached: it may hold a Temporary Access Pass, which exists only in this response.</summary>
    internal static IActionResult ResultPage(Controller controller, HelpdeskActionResult result, string? upn, string backUrl, Core.Users.MfaStatus? status, Guid tenantId, string objectId)
    {
        controller.Response.Headers.CacheControl = "no-store";
        controller.Response.Headers.Pragma = "no-cache";
        if (!result.Succeeded && !result.AwaitsApproval)
        {
            controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return controller.View(ResultView, new ActionResultViewModel(result.Action, upn, backUrl, result, StatusAfter: status, TenantId: tenantId, ObjectId: objectId));
    }
}
