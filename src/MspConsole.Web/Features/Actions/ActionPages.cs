using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Actions;

/// <summary>Reads what the action pages show: the target user, their current methods straight from Graph, the four-eyes rule.</summary>
public sealed class ActionPages(MspConsoleDbContext db, ITenantGraphClientFactory graph, ApprovalService approvals, IOptions<ActionsOptions> options)
{
    public ActionsOptions Options => options.Value;

    /// <summary>Null for an unknown tenant or user, or one no longer in the tenant (the routes answer 404). The target carries the
    /// tenant's standing: the routes refuse an offboarded tenant before anything is read from Graph.</summary>
    public Task<ActionTarget?> FindTargetAsync(Guid tenantId, string objectId, CancellationToken cancellationToken) =>
        db.TenantUsers.AsNoTracking()
            .Where(user => user.TenantId == tenantId && user.ObjectId == objectId && user.RemovedAt == null)
            .Join(db.Tenants, user => user.TenantId, tenant => tenant.Id, (user, tenant) =>
                new ActionTarget(tenant.Id, tenant.DisplayName, user.ObjectId, user.UserPrincipalName, user.DisplayName, user.IsAdmin, user.Status,
                    Tenant.StandingOf(tenant.OffboardedAt, tenant.PollingPaused)))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>An action's outcome as its audit entry records it, for the result page the confirmed POST redirects to
    /// (Post/Redirect/Get: Back and Reload never resubmit). Null unless the entry is an action on this user.</summary>
    public async Task<HelpdeskActionResult?> ResultAsync(Guid tenantId, string objectId, HelpdeskAction action, long auditEntryId, CancellationToken cancellationToken)
    {
        var name = action.ToString();
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Id == auditEntryId && e.TenantId == tenantId && e.TargetUserObjectId == objectId && e.Action == name)
            .Select(e => new { e.Outcome, e.GraphRequestId, e.Error })
            .SingleOrDefaultAsync(cancellationToken);
        return entry is null ? null : new HelpdeskActionResult(action, entry.Outcome, auditEntryId, entry.GraphRequestId, FailureOf(entry.Error));
    }

    /// <summary>The audit entry's error is "{reason}: {Graph's or the console's detail}" (HelpdeskActionService).</summary>
    internal static ActionFailure? FailureOf(string? error)
    {
        if (error is null)
        {
            return null;
        }

        var separator = error.IndexOf(": ", StringComparison.Ordinal);
        return separator > 0 && Enum.TryParse<ActionFailureReason>(error[..separator], out var reason) && Enum.IsDefined(reason)
            ? new ActionFailure(reason, error[(separator + 2)..])
            : new ActionFailure(ActionFailureReason.Unknown, error);
    }

    public Task<MfaStatus?> StatusAsync(Guid tenantId, string objectId, CancellationToken cancellationToken) =>
        db.TenantUsers.AsNoTracking().Where(user => user.TenantId == tenantId && user.ObjectId == objectId)
            .Select(user => (MfaStatus?)user.Status).SingleOrDefaultAsync(cancellationToken);

    public async Task<ConfirmViewModel> ConfirmAsync(ActionTarget target, HelpdeskAction action, ActionForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        IReadOnlyList<AuthenticationMethod> methods = [];
        ActionFailure? readFailure = null;
        DefaultMethodState? defaultMethod = null;
        if (HelpdeskActionRules.ChangesGraph(action))
        {
            var client = graph.ForTenant(target.TenantId);
            try
            {
                methods = await client.GetMethodsAsync(target.ObjectId, cancellationToken);
                if (action is HelpdeskAction.RemoveMethod or HelpdeskAction.ResetAuthenticator)
                {
                    // Read now so the page can say how the default method changes; the action reads it again before acting.
                    defaultMethod = new DefaultMethodState(await client.GetPreferredSecondaryMethodAsync(target.ObjectId, cancellationToken));
                }
            }
            catch (GraphFailureException failure)
            {
                readFailure = HelpdeskActionService.Explain(failure);
            }
        }

        var needsApproval = await approvals.RequiresApprovalAsync(target.TenantId, action, target.IsAdmin, cancellationToken);
        return new ConfirmViewModel(target, action, form, form.IdempotencyKey ?? Guid.NewGuid(), methods, Candidates(action, form, methods),
            Options.CallerVerifications, needsApproval, Options.PassLifetimeMinutes, Options.MaxPassLifetimeMinutes, readFailure, errors, defaultMethod);
    }

    /// <summary>The methods the engineer can choose from: those of the name the user page posted, or every removable one.</summary>
    private static IReadOnlyList<AuthenticationMethod> Candidates(HelpdeskAction action, ActionForm form, IReadOnlyList<AuthenticationMethod> methods)
    {
        return action switch
        {
            HelpdeskAction.RemoveMethod => [.. methods.Where(m => m.Kind is not (AuthenticationMethodKind.Password or AuthenticationMethodKind.Other) && Matches(m, form.Method))],
            HelpdeskAction.ResetAuthenticator => [.. methods.Where(m => m.Kind == AuthenticationMethodKind.MicrosoftAuthenticator)],
            HelpdeskAction.ResetAllMethods => [.. methods.Where(m => m.Kind is not (AuthenticationMethodKind.Password or AuthenticationMethodKind.Other))],
            _ => [],
        };

        static bool Matches(AuthenticationMethod method, string? name) =>
            string.IsNullOrEmpty(name)
            || string.Equals(RegistrationFromMethods.ReportName(method), name, StringComparison.OrdinalIgnoreCase)
            || (method.Kind == AuthenticationMethodKind.MicrosoftAuthenticator && name.StartsWith("microsoftAuthenticator", StringComparison.OrdinalIgnoreCase))
            || (method.Kind == AuthenticationMethodKind.Fido2 && (name.StartsWith("passKey", StringComparison.OrdinalIgnoreCase) || name == RegisteredMethod.Fido2));
    }
}
