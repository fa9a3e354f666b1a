using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Reminders;

/// <summary>A tenant's reminder campaign (admins). Every save is one audit entry with the policy before and after.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("tenants/{tenantId:guid}/reminders/policy")]
public sealed class ReminderPolicyController(MspConsoleDbContext db, IAuditLog audit, IOptions<ReminderOptions> options, TimeProvider time, IStringLocalizer<RemindersResource> text) : Controller
{
    private const string ViewPath = "~/Features/Reminders/Policy.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid tenantId)
    {
        var tenantName = await TenantNameAsync(tenantId, HttpContext.RequestAborted);
        if (tenantName is null)
        {
            return NotFound();
        }

        var policy = await db.ReminderPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == tenantId, HttpContext.RequestAborted) ?? new ReminderPolicy(tenantId);
        return View(ViewPath, new ReminderPolicyViewModel(tenantId, tenantName, ReminderPolicyInput.From(policy), options.Value.DefaultSenderMailbox));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid tenantId, [FromForm] ReminderPolicyInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var tenantName = await TenantNameAsync(tenantId, cancellationToken);
        if (tenantName is null)
        {
            return NotFound();
        }

        var policy = await db.ReminderPolicies.SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        var before = policy is null ? null : Describe(policy);
        if (policy is null)
        {
            policy = new ReminderPolicy(tenantId);
            db.ReminderPolicies.Add(policy);
        }

        // ModelState holds only binding failures here (a day or number that does not parse): the rules are in Problems().
        IReadOnlyList<string> problems = ModelState.IsValid ? input.Problems() : [ReminderPolicyInput.Unreadable, .. input.Problems()];
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var error = string.Join(" ", problems.Select(problem => text[problem].Value));
            return View(ViewPath, new ReminderPolicyViewModel(tenantId, tenantName, input, options.Value.DefaultSenderMailbox, error));
        }

        input.ApplyTo(policy);

        // The policy change and its audit entry are saved together.
        await audit.AppendAsync(AuditEvent.ForTenant(HttpContext.AuditActor(), time.GetUtcNow(), ReminderAuditActions.EditReminderPolicy, AuditOutcome.Succeeded, tenantId)
            with { Before = before, After = Describe(policy) }, cancellationToken);
        return RedirectToAction(nameof(Edit), new { tenantId });
    }

    private Task<string?> TenantNameAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DisplayName).FirstOrDefaultAsync(cancellationToken);

    private static string Describe(ReminderPolicy policy) => JsonSerializer.Serialize(new
    {
        enabled = policy.Enabled,
        cadenceDays = policy.CadenceDays,
        maxRemindersPerUser = policy.MaxRemindersPerUser,
        targetNotRegistered = policy.TargetNotRegistered,
        targetSingleMethod = policy.TargetSingleMethod,
        sendDays = policy.SendDays.Select(day => day.ToString()),
        sendFromHour = policy.SendFromHour,
        sendToHour = policy.SendToHour,
        senderMailbox = policy.SenderMailbox,
    });
}
