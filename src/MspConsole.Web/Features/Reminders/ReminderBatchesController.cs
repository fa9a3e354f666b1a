using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Reminders;

/// <summary>Send requests and their progress, and the brake on a running one: pause (stops before the next mail),
/// resume, cancel (the unsent rest is skipped). Helpdesk and Admin only.</summary>
[Authorize(Policy = Policies.Act)]
public sealed class ReminderBatchesController(
    ReminderBatchQueries queries, IReminderScheduler scheduler, TenantScopeResolver scopes, MspConsoleDbContext db, TimeProvider time, ILogger<ReminderBatchesController> logger) : Controller
{
    private const string ViewsFolder = "~/Features/Reminders/";

    public static string PathOf(Guid batchId) => $"/reminders/batches/{batchId}";

    [HttpGet("/reminders")]
    public async Task<IActionResult> Index() => View(ViewsFolder + "Index.cshtml", await queries.RecentAsync(HttpContext.RequestAborted));

    [HttpGet("/reminders/batches/{batchId:guid}")]
    public async Task<IActionResult> Batch(Guid batchId)
    {
        var model = await queries.GetAsync(batchId, HttpContext.RequestAborted);
        return model is null ? NotFound() : View(ViewsFolder + "Batch.cshtml", model);
    }

    [HttpPost("/reminders/batches/{batchId:guid}/pause")]
    public Task<IActionResult> Pause(Guid batchId) => ChangeAsync(batchId, "paused", batch => batch.Pause(time.GetUtcNow()), sendAfterwards: false);

    [HttpPost("/reminders/batches/{batchId:guid}/resume")]
    public Task<IActionResult> Resume(Guid batchId) => ChangeAsync(batchId, "resumed", batch => batch.Resume(), sendAfterwards: true);

    /// <summary>Queues the job as well: a paused batch has no job running to notice the cancellation and finish it.</summary>
    [HttpPost("/reminders/batches/{batchId:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid batchId) => ChangeAsync(batchId, "cancelled", batch => batch.Cancel(time.GetUtcNow()), sendAfterwards: true);

    private async Task<IActionResult> ChangeAsync(Guid batchId, string what, Func<Core.Reminders.ReminderBatch, bool> change, bool sendAfterwards)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var batch = await db.ReminderBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        if (batch is null || batch.TenantId is { } tenantId && !scope.Includes(tenantId))
        {
            return NotFound();
        }

        if (change(batch))
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Reminder batch {BatchId} {Change} by {Actor}", batchId, what, User.Identity?.Name);
            if (sendAfterwards)
            {
                scheduler.SendBatch(batchId);
            }
        }

        return Redirect(PathOf(batchId));
    }
}
