using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Actions;

/// <summary>
/// Four eyes: high-risk actions on tenants whose policy asks for it wait as an <see cref="ActionRequest"/> until a
/// second Helpdesk or Admin person approves (then the action runs, as the approver) or rejects it; the requester can
/// never decide their own request, and undecided requests expire. An approved Temporary Access Pass is not created at
/// approval: its requester, who has the caller on the line, issues it within <see cref="ActionsOptions.PassIssueWindow"/>
/// and is the one who sees it. Every step writes one audit entry.
/// </summary>
public sealed class ApprovalService(
    MspConsoleDbContext db,
    HelpdeskActionService actions,
    IAuditLog audit,
    IOptions<ActionsOptions> options,
    TimeProvider time,
    ILogger<ApprovalService> logger)
{
    public const string SystemActor = "system";

    // Expiry is the console's own doing: "system" in every actor column, as the audit page has always shown it.
    private static readonly AuditActor Expirer = new(SystemActor, SystemActor, SystemActor);

    private static readonly JsonSerializerOptions ParameterJson = MethodSnapshot.Json;

    public async Task<bool> RequiresApprovalAsync(Guid tenantId, HelpdeskAction action, bool targetIsAdmin, CancellationToken cancellationToken)
    {
        if (!HelpdeskActionRules.IsHighRisk(action, targetIsAdmin))
        {
            return false;
        }

        var policy = await db.TenantActionPolicies.AsNoTracking().Where(p => p.TenantId == tenantId)
            .Select(p => (bool?)p.RequireFourEyes).SingleOrDefaultAsync(cancellationToken);
        return policy ?? TenantActionPolicy.DefaultRequireFourEyes;
    }

    public async Task<HelpdeskActionResult> RequestAsync(ActionCommand command, AuditActor requester, string targetUpn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(requester);
        var now = time.GetUtcNow();
        var request = new ActionRequest(command.TenantId, command.UserObjectId, targetUpn, command.Action,
            JsonSerializer.Serialize(command.Parameters, ParameterJson), command.Reason, command.TicketReference, command.CallerVerification,
            requester.ObjectId, requester.Upn, requester.Role, now, options.Value.ApprovalLifetime);
        db.ActionRequests.Add(request);
        // One SaveChanges for the request and its audit entry.
        var entry = await audit.AppendAsync(command.AuditEvent(requester, now, AuditOutcome.Requested, targetUpn) with
        {
            After = JsonSerializer.Serialize(new { requestId = request.Id, expiresAt = request.ExpiresAt, parameters = command.Parameters }, ParameterJson),
        }, cancellationToken);
        logger.LogInformation("{Action} on {UserObjectId} of {TenantId} waits for a second person: request {RequestId}",
            command.Action, command.UserObjectId, command.TenantId, request.Id);
        return new HelpdeskActionResult(command.Action, AuditOutcome.Requested, entry.Id, null, ApprovalRequestId: request.Id);
    }

    /// <summary>Approves the request and carries it out as <paramref name="approver"/>; an approved Temporary Access Pass
    /// is left for its requester to issue (<see cref="IssuePassAsync"/>).</summary>
    public async Task<ApprovalOutcome> ApproveAsync(Guid requestId, AuditActor approver, CancellationToken cancellationToken)
    {
        var (request, refusal) = await DecideAsync(requestId, approver, r => r.Approve(approver.ObjectId, approver.Upn, time.GetUtcNow()), cancellationToken);
        if (request is null || refusal is not null)
        {
            return new ApprovalOutcome(request, refusal, null);
        }

        await AuditDecisionAsync(request, approver, AuditOutcome.Approved, cancellationToken);
        if (request.IsIssuable)
        {
            return new ApprovalOutcome(request, null, null);
        }

        return new ApprovalOutcome(request, null, await RunAsync(request, approver, cancellationToken));
    }

    /// <summary>The requester issues their approved pass: it is created in Graph now, and the result holds it for the
    /// requester's response only. Once per request, and only within the issue window after approval.</summary>
    public async Task<ApprovalOutcome> IssuePassAsync(Guid requestId, AuditActor requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var request = await db.ActionRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return new ApprovalOutcome(null, null, null);
        }

        var window = options.Value.PassIssueWindow;
        if (request.CannotBeIssuedBy(requester.ObjectId, time.GetUtcNow(), window) is { } refusal)
        {
            logger.LogWarning("{Requester} may not issue request {RequestId}: {Refusal}", requester.Upn, requestId, refusal);
            return new ApprovalOutcome(request, refusal, null);
        }

        request.MarkIssued(requester.ObjectId, time.GetUtcNow(), window);
        try
        {
            // Saved before Graph is called: of two clicks (or two tabs), only one creates a pass.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new ApprovalOutcome(await db.ActionRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken), ActionRequestRefusal.NotIssuable, null);
        }

        return new ApprovalOutcome(request, null, await RunAsync(request, requester, cancellationToken));
    }

    private Task<HelpdeskActionResult> RunAsync(ActionRequest request, AuditActor actor, CancellationToken cancellationToken)
    {
        var command = new ActionCommand(request.TenantId, request.TargetUserObjectId, request.Action, ParametersOf(request),
            request.Reason, request.TicketReference, request.CallerVerification);
        return actions.ExecuteAsync(command, actor, cancellationToken, request);
    }

    public async Task<ApprovalOutcome> RejectAsync(Guid requestId, AuditActor approver, string? note, CancellationToken cancellationToken)
    {
        var (request, refusal) = await DecideAsync(requestId, approver, r => r.Reject(approver.ObjectId, approver.Upn, note, time.GetUtcNow()), cancellationToken);
        if (request is not null && refusal is null)
        {
            await AuditDecisionAsync(request, approver, AuditOutcome.Rejected, cancellationToken);
        }

        return new ApprovalOutcome(request, refusal, null);
    }

    /// <summary>Marks every pending request past its expiry as expired, one audit entry each. Returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.ActionRequests.Where(r => r.Status == ActionRequestStatus.Pending).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var request in due.Where(r => r.IsDue(now)))
        {
            request.Expire(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Decided or expired by someone else in the meantime.
                db.ChangeTracker.Clear();
                continue;
            }

            await audit.AppendAsync(AuditEventOf(request, Expirer, now, AuditOutcome.Expired) with
            {
                After = JsonSerializer.Serialize(new { requestId = request.Id, requestedBy = request.RequestedByUpn, request.ExpiresAt }, ParameterJson),
            }, cancellationToken);
            expired++;
        }

        if (expired > 0)
        {
            logger.LogInformation("Expired {Count} four-eyes requests", expired);
        }

        return expired;
    }

    public static ActionParameters ParametersOf(ActionRequest request) => ParametersOf(request.Parameters);

    public static ActionParameters ParametersOf(string parameters) =>
        JsonSerializer.Deserialize<ActionParameters>(parameters, ParameterJson) ?? new ActionParameters();

    private async Task<(ActionRequest? Request, ActionRequestRefusal? Refusal)> DecideAsync(Guid requestId, AuditActor approver,
        Action<ActionRequest> decide, CancellationToken cancellationToken)
    {
        await ExpireDueAsync(cancellationToken);
        var request = await db.ActionRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return (null, null);
        }

        if (request.CannotBeDecidedBy(approver.ObjectId, time.GetUtcNow()) is { } refusal)
        {
            logger.LogWarning("{Approver} may not decide request {RequestId}: {Refusal}", approver.Upn, requestId, refusal);
            return (request, refusal);
        }

        decide(request);
        try
        {
            // Saved on its own, before anything else: the concurrency token lets only one of two simultaneous approvers through.
            await db.SaveChangesAsync(cancellationToken);
            return (request, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (await db.ActionRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken), ActionRequestRefusal.AlreadyDecided);
        }
    }

    private Task<AuditEntry> AuditDecisionAsync(ActionRequest request, AuditActor approver, AuditOutcome outcome, CancellationToken cancellationToken) =>
        audit.AppendAsync(AuditEventOf(request, approver, time.GetUtcNow(), outcome) with
        {
            After = JsonSerializer.Serialize(new { requestId = request.Id, requestedBy = request.RequestedByUpn, note = request.DecisionNote }, ParameterJson),
        }, cancellationToken);

    /// <summary>A four-eyes decision on a request, audited like the action it asks for.</summary>
    private static AuditEvent AuditEventOf(ActionRequest request, AuditActor actor, DateTimeOffset occurredAt, AuditOutcome outcome) =>
        AuditEvent.ForUser(actor, occurredAt, request.Action.ToString(), outcome, request.TenantId, request.TargetUserObjectId, request.TargetUpn) with
        {
            Reason = request.Reason,
            TicketReference = request.TicketReference,
            CallerVerification = request.CallerVerification,
        };
}
