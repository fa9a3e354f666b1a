using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Actions;

/// <summary>
/// One four-eyes request: where it stands (the page every decision redirects to), and for an approved Temporary Access
/// Pass the requester's "issue now", which creates the pass in Graph and hands it to the pass page to be shown once.
/// </summary>
[Authorize(Policy = Policies.Act)]
public sealed class ApprovalRequestController(ApprovalService approvals, ApprovalQueries queries, PassHandOff handOff, TimeProvider time) : Controller
{
    public const string RequestView = "~/Features/Actions/Request.cshtml";

    public static string RequestUrl(Guid id) => $"/approvals/{id}";

    [HttpGet("/approvals/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, [FromQuery] ActionRequestRefusal? refused)
    {
        var cancellationToken = HttpContext.RequestAborted;
        await approvals.ExpireDueAsync(cancellationToken);
        if (await queries.FindAsync(id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return View(RequestView, new RequestViewModel(row, User.GetObjectId() ?? "", queries.IssueWindow,
            refused is { } r && Enum.IsDefined(r) ? r : null, time.GetUtcNow()));
    }

    [HttpPost("/approvals/{id:guid}/issue")]
    public async Task<IActionResult> Issue(Guid id)
    {
        var outcome = await approvals.IssuePassAsync(id, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (outcome.Request is null)
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            return LocalRedirect($"{RequestUrl(id)}?refused={refusal}");
        }

        if (outcome.Result is { Pass: { } pass } result)
        {
            handOff.Hand(HttpContext, id, new IssuedPass(id, pass, result.AuditEntryId, result.GraphRequestId));
            return LocalRedirect(PassHandOff.PageUrl(id));
        }

        // Graph refused or failed: nothing to hand over; the request is spent (a new one is needed) and the reason is shown now.
        // Result! : IssuePassAsync runs the action whenever it found the request and did not refuse it.
        var request = outcome.Request;
        return UserActionsController.ResultPage(this, outcome.Result!, request.TargetUpn, RequestUrl(id), null, request.TenantId, request.TargetUserObjectId);
    }

    [HttpGet("/approvals/{id:guid}/pass")]
    public async Task<IActionResult> Pass(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.FindAsync(id, cancellationToken) is not { } row || !row.IsBy(User.GetObjectId() ?? ""))
        {
            return NotFound();
        }

        var backUrl = ActionRoutes.UserUrl(row.TenantId, row.TargetUserObjectId);
        if (handOff.TakeOnce(HttpContext, id) is not { } issued)
        {
            Response.Headers.CacheControl = "no-store";
            return View(UserActionsController.ResultView, new ActionResultViewModel(row.Action, row.TargetUpn, backUrl, null, PassAlreadyShown: true,
                TenantId: row.TenantId, ObjectId: row.TargetUserObjectId));
        }

        var result = new HelpdeskActionResult(HelpdeskAction.TemporaryAccessPass, AuditOutcome.Succeeded, issued.AuditEntryId, issued.GraphRequestId,
            Pass: issued.Pass, ApprovalRequestId: id);
        return UserActionsController.ResultPage(this, result, row.TargetUpn, backUrl, null, row.TenantId, row.TargetUserObjectId);
    }
}
