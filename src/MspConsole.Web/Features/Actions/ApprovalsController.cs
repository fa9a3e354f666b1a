using MspConsole.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspConsole.Core.Actions;
using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Actions;

/// <summary>Four eyes: the list of requests waiting for a second person, approve (runs the action as the approver) and reject.</summary>
[Authorize(Policy = Policies.Act)]
public sealed class ApprovalsController(ApprovalService approvals, ApprovalQueries queries) : Controller
{
    [HttpGet("/approvals")]
    public async Task<IActionResult> Index()
    {
        var cancellationToken = HttpContext.RequestAborted;
        await approvals.ExpireDueAsync(cancellationToken);
        return View("~/Features/Actions/Approvals.cshtml", await queries.GetAsync(User.GetObjectId() ?? "", cancellationToken));
    }

    [HttpPost("/approvals/{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id) =>
        await DecideAsync(id, (actor, ct) => approvals.ApproveAsync(id, actor, ct));

    [HttpPost("/approvals/{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, [FromForm] string? note) =>
        await DecideAsync(id, (actor, ct) => approvals.RejectAsync(id, actor, note, ct));

    private async Task<IActionResult> DecideAsync(Guid id, Func<AuditActor, CancellationToken, Task<ApprovalOutcome>> decide)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var outcome = await decide(HttpContext.AuditActor(), cancellationToken);
        if (outcome.Request is not { } request)
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            Response.StatusCode = refusal == ActionRequestRefusal.OwnRequest ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
            return View(UserActionsController.ResultView, new ActionResultViewModel(request.Action, request.TargetUpn, "/approvals", null, Refusal: refusal));
        }

        if (outcome.Result is not { } result)
        {
            // Rejected, or an approved pass now waiting for its requester: the request's page says which.
            return LocalRedirect(ApprovalRequestController.RequestUrl(request.Id));
        }

        return LocalRedirect(UserActionsController.ResultUrl(request.TenantId, request.TargetUserObjectId, request.Action, result.AuditEntryId));
    }
}
