using System.Text.Json;
using MspConsole.Core.Audit;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

/// <summary>
/// One audit entry per admin change: actor from the sign-in, correlation id (the request's TraceIdentifier) and client IP
/// from the request, before/after as JSON. Appending saves the caller's pending changes in the same SaveChanges, so a
/// change and its entry are written together.
/// </summary>
public sealed class AdminAudit(IAuditLog auditLog, IHttpContextAccessor http, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public Task<AuditEntry> AppendAsync(AdminChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var context = http.HttpContext ?? throw new InvalidOperationException("Admin changes are audited from a request.");
        return auditLog.AppendAsync(AuditEvent.ForUser(context.AuditActor(), time.GetUtcNow(), change.Action, change.Outcome, change.TenantId, change.TargetObjectId, change.TargetUpn) with
        {
            Reason = change.Reason,
            Before = Serialize(change.Before),
            After = Serialize(change.After),
            Error = change.Error,
        }, cancellationToken);
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);
}
