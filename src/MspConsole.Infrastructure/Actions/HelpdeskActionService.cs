using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Actions;

/// <summary>
/// Carries out one helpdesk action: reads the user's methods (before), makes the Graph calls, reads them again
/// (after), re-reads the user's registration into the database, and writes exactly one audit entry, also when
/// Graph refuses or fails. Four-eyes decisions are <see cref="ApprovalService"/>'s; this class just acts.
/// </summary>
public sealed class HelpdeskActionService(
    MspConsoleDbContext db,
    ITenantGraphClientFactory graphFactory,
    UserRefresher refresher,
    IAuditLog audit,
    TimeProvider time,
    ILogger<HelpdeskActionService> logger)
{
    public async Task<HelpdeskActionResult> ExecuteAsync(ActionCommand command, AuditActor actor, CancellationToken cancellationToken, ActionRequest? approvedRequest = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.TenantUsers.SingleOrDefaultAsync(u => u.TenantId == command.TenantId && u.ObjectId == command.UserObjectId, cancellationToken);
        if (await IsOffboardedAsync(command.TenantId, cancellationToken))
        {
            // Checked here, not only on the pages: a request approved or a job queued before the offboarding must not act either.
            var inert = new ActionFailure(ActionFailureReason.TenantOffboarded, "The tenant is offboarded; nothing was changed.");
            return await AuditAsync(command, actor, user?.UserPrincipalName, AuditOutcome.Failed, null, null, null, inert, null, false, approvedRequest, cancellationToken);
        }

        if (user is null || user.RemovedAt is not null)
        {
            var gone = new ActionFailure(ActionFailureReason.UserGone, "The user is not (or no longer) in the tenant.");
            return await AuditAsync(command, actor, user?.UserPrincipalName, AuditOutcome.Failed, null, null, null, gone, null, false, approvedRequest, cancellationToken);
        }

        return HelpdeskActionRules.ChangesGraph(command.Action)
            ? await ExecuteInGraphAsync(command, actor, user, approvedRequest, cancellationToken)
            : await ChangeExclusionAsync(command, actor, user, cancellationToken);
    }

    private Task<bool> IsOffboardedAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().AnyAsync(tenant => tenant.Id == tenantId && tenant.OffboardedAt != null, cancellationToken);

    private async Task<HelpdeskActionResult> ChangeExclusionAsync(ActionCommand command, AuditActor actor, TenantUser user, CancellationToken cancellationToken)
    {
        var before = ExclusionJson(user);
        if (command.Action == HelpdeskAction.Exclude)
        {
            var reason = command.TicketReference is null ? command.Reason : $"{command.Reason} ({command.TicketReference})";
            user.Exclude(reason.Length > TenantUser.ReasonMaxLength ? reason[..TenantUser.ReasonMaxLength] : reason);
        }
        else
        {
            user.Include();
        }

        // The audit log saves the user's change in the same SaveChanges: no change without its entry.
        return await AuditAsync(command, actor, user.UserPrincipalName, AuditOutcome.Succeeded, before, new AfterState(ExclusionJson(user), null), null, null, null, false, null, cancellationToken);
    }

    private async Task<HelpdeskActionResult> ExecuteInGraphAsync(ActionCommand command, AuditActor actor, TenantUser user, ActionRequest? approvedRequest, CancellationToken cancellationToken)
    {
        var graph = graphFactory.ForTenant(command.TenantId);
        var steps = new ActionGraphSteps(graph, command.UserObjectId);
        IReadOnlyList<AuthenticationMethod>? methods = null;
        ActionFailure? failure = null;
        string? failureRequestId = null;
        try
        {
            methods = await graph.GetMethodsAsync(command.UserObjectId, cancellationToken);
            var nothingToDo = await steps.RunAsync(command.Action, command.Parameters, methods, user.DefaultMethod, cancellationToken);
            if (nothingToDo is not null)
            {
                failure = new ActionFailure(ActionFailureReason.NothingToDo, nothingToDo);
            }
        }
        catch (GraphFailureException exception)
        {
            failure = Explain(exception, steps);
            failureRequestId = exception.RequestId;
            logger.LogWarning("{Action} on {UserObjectId} of {TenantId} failed: {FailureKind} {ErrorCode} (request {GraphRequestId})",
                command.Action, command.UserObjectId, command.TenantId, exception.Kind, exception.ErrorCode, exception.RequestId);
        }

        if (steps.DefaultReadFailure is { } unread)
        {
            // Not a failure of the action: the deletions went ahead ordered by the stored default (see ActionGraphSteps).
            logger.LogWarning("{Action} on {UserObjectId} of {TenantId}: could not read the default method from Graph ({FailureKind} {ErrorCode}, request {GraphRequestId}); "
                + "ordered the deletions by the stored default {StoredDefault} instead",
                command.Action, command.UserObjectId, command.TenantId, unread.Kind, unread.ErrorCode, unread.RequestId, user.DefaultMethod ?? "none");
        }

        // The default method is part of the before-state when the action read it (removals that may have to switch it, reset all).
        var before = methods is null ? null : steps.DefaultRead ? MethodSnapshot.Of(methods, steps.DefaultBefore) : MethodSnapshot.Of(methods);
        var after = failure is null && steps.KnownAfter is { } known
            ? new AfterState(MethodSnapshot.Of(known.Methods), MethodSnapshot.DefaultName(known.DefaultMethod))
            : await ReadAfterAsync(graph, command.UserObjectId, steps, cancellationToken);
        var refreshed = await RefreshAsync(command, cancellationToken);
        var outcome = failure is null ? AuditOutcome.Succeeded : AuditOutcome.Failed;
        var requestId = failureRequestId ?? steps.RequestIds.LastOrDefault();
        return await AuditAsync(command, actor, user.UserPrincipalName, outcome, before, after, requestId, failure, steps, refreshed, approvedRequest, cancellationToken);
    }

    private async Task<AfterState> ReadAfterAsync(ITenantGraphClient graph, string userId, ActionGraphSteps steps, CancellationToken cancellationToken)
    {
        string? methods;
        try
        {
            methods = MethodSnapshot.Of(await graph.GetMethodsAsync(userId, cancellationToken));
        }
        catch (GraphFailureException exception)
        {
            logger.LogWarning("Could not re-read the methods of {UserObjectId} after the action: {FailureKind}", userId, exception.Kind);
            methods = steps.RequestIds.Count == 0 ? null : "[]";
        }

        if (!steps.DefaultRead || methods is null)
        {
            return new AfterState(methods, null);
        }

        try
        {
            // Re-read rather than assumed: the audit shows the default Graph holds, also after a failed deletion.
            return new AfterState(methods, MethodSnapshot.DefaultName(await graph.GetPreferredSecondaryMethodAsync(userId, cancellationToken)));
        }
        catch (GraphFailureException exception)
        {
            logger.LogWarning("Could not re-read the default method of {UserObjectId} after the action: {FailureKind}", userId, exception.Kind);
            return new AfterState(methods, null);
        }
    }

    private async Task<bool> RefreshAsync(ActionCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await refresher.RefreshAsync(command.TenantId, command.UserObjectId, cancellationToken) is not null;
        }
        catch (GraphFailureException exception)
        {
            // The action itself is done (or not) regardless; the next poll brings the stored state up to date.
            logger.LogWarning("Could not refresh {UserObjectId} of {TenantId} after {Action}: {FailureKind}",
                command.UserObjectId, command.TenantId, command.Action, exception.Kind);
            return false;
        }
    }

    private async Task<HelpdeskActionResult> AuditAsync(ActionCommand command, AuditActor actor, string? targetUpn, AuditOutcome outcome, string? before, AfterState? after,
        string? graphRequestId, ActionFailure? failure, ActionGraphSteps? steps, bool refreshed, ActionRequest? approvedRequest, CancellationToken cancellationToken)
    {
        var entry = await audit.AppendAsync(command.AuditEvent(actor, time.GetUtcNow(), outcome, targetUpn) with
        {
            Before = before,
            After = AfterJson(after, steps, approvedRequest),
            Error = failure is null ? null : $"{failure.Reason}: {failure.Detail}",
            GraphRequestId = graphRequestId,
        }, cancellationToken);
        logger.LogInformation("{Action} on {UserObjectId} of {TenantId} by {Actor}: {Outcome} (request {GraphRequestId})",
            command.Action, command.UserObjectId, command.TenantId, actor.Upn, outcome, graphRequestId);
        return new HelpdeskActionResult(command.Action, outcome, entry.Id, graphRequestId, failure, steps?.Pass, approvedRequest?.Id, refreshed);
    }

    /// <summary>The methods after the action, plus the default method when the action read it, every Graph request id
    /// when there were several, the pass's metadata (never the pass) and, for an approved request, who asked for it.</summary>
    private static string? AfterJson(AfterState? state, ActionGraphSteps? steps, ActionRequest? approvedRequest)
    {
        var after = state?.Methods;
        if (after is null || (steps is null && approvedRequest is null)
            || steps is { RequestIds.Count: <= 1, Pass: null } && approvedRequest is null && state?.DefaultMethod is null)
        {
            return after;
        }

        var json = new JsonObject();
        if (state?.DefaultMethod is { } defaultMethod)
        {
            json["defaultMethod"] = defaultMethod;
        }

        json["methods"] = JsonNode.Parse(after);
        if (steps is { RequestIds.Count: > 1 })
        {
            json["graphRequestIds"] = new JsonArray([.. steps.RequestIds.Select(id => JsonValue.Create(id))]);
        }

        if (steps?.Pass is { } pass)
        {
            json["temporaryAccessPass"] = new JsonObject
            {
                ["id"] = pass.MethodId,
                ["lifetimeMinutes"] = pass.LifetimeMinutes,
                ["isUsableOnce"] = pass.IsUsableOnce,
            };
        }

        if (approvedRequest is not null)
        {
            json["fourEyes"] = new JsonObject
            {
                ["requestId"] = approvedRequest.Id.ToString(),
                ["requestedBy"] = approvedRequest.RequestedByUpn,
                ["approvedBy"] = approvedRequest.DecidedByUpn,
            };
        }

        return json.ToJsonString(MethodSnapshot.Json);
    }

    /// <summary>What Graph holds after the action: the methods' snapshot and, when the action read it, the default method's name.</summary>
    private sealed record AfterState(string? Methods, string? DefaultMethod);

    private static string ExclusionJson(TenantUser user) =>
        JsonSerializer.Serialize(new { excluded = user.IsExcluded, reason = user.ExclusionReason, status = user.Status.ToString() }, MethodSnapshot.Json);

    /// <summary>Explains a failure, saying which default-method step it hit: a failed switch deleted nothing; a deletion
    /// that failed after a switch says whether the former default was put back.</summary>
    private static ActionFailure Explain(GraphFailureException exception, ActionGraphSteps steps)
    {
        var failure = steps.DefaultDeletionRefused ? new ActionFailure(ActionFailureReason.DefaultMethodRefused, exception.Message) : Explain(exception);
        if (steps.FailedSwitch is { To: { } to } change)
        {
            return new ActionFailure(ActionFailureReason.DefaultMethodNotChanged,
                $"Changing the default method from {MethodSnapshot.DefaultName(change.From)} to {MethodSnapshot.DefaultName(to)} failed, "
                + $"so nothing was deleted. {failure.Reason}: {failure.Detail}", failure.Reason);
        }

        return steps.DefaultRestored switch
        {
            true => failure with { Detail = $"{failure.Detail} The default method was changed back to {MethodSnapshot.DefaultName(steps.DefaultBefore)}." },
            false => failure with { Detail = $"{failure.Detail} The default method could not be changed back to {MethodSnapshot.DefaultName(steps.DefaultBefore)}." },
            _ => failure,
        };
    }

    public static ActionFailure Explain(GraphFailureException exception) => exception.Kind switch
    {
        GraphFailureKind.Throttled => new(ActionFailureReason.Throttled, exception.Message),
        GraphFailureKind.ConsentMissing or GraphFailureKind.PermissionMissing or GraphFailureKind.UnknownTenant
            or GraphFailureKind.InvalidCredentials => new(ActionFailureReason.ConsentMissing, exception.Message),
        GraphFailureKind.NotFound => new(ActionFailureReason.UserGone, exception.Message),
        GraphFailureKind.BadRequest => new(ActionFailureReason.Refused, exception.Message),
        GraphFailureKind.Transient => new(ActionFailureReason.Unavailable, exception.Message),
        _ => new(ActionFailureReason.Unknown, exception.Message),
    };
}
