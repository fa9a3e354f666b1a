namespace MspConsole.Core.Audit;

/// <summary>
/// What happened, by whom, to whom: the content of one audit entry before it is chained. Built with the factory that
/// names its scope (<see cref="ForConsole"/>, <see cref="ForTenant"/>, <see cref="ForUser"/>); the optional details
/// (reason, before/after, error, Graph request id) are set with <c>with</c>.
/// </summary>
public sealed record AuditEvent(
    DateTimeOffset OccurredAt,
    string ActorObjectId,
    string ActorUpn,
    string ActorRole,
    string Action,
    AuditOutcome Outcome,
    Guid? TenantId = null,
    string? TargetUserObjectId = null,
    string? TargetUpn = null,
    string? Reason = null,
    string? TicketReference = null,
    string? CallerVerification = null,
    string? Before = null,
    string? After = null,
    string? Error = null,
    string? CorrelationId = null,
    string? GraphRequestId = null,
    string? ClientIp = null)
{
    /// <summary>A change that concerns no single tenant (an API key used, a console-wide setting).</summary>
    public static AuditEvent ForConsole(AuditActor actor, DateTimeOffset occurredAt, string action, AuditOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEvent(occurredAt, actor.ObjectId, actor.Upn, actor.Role, action, outcome,
            CorrelationId: actor.CorrelationId, ClientIp: actor.ClientIp);
    }

    /// <summary>A change to one tenant's settings or data (a policy, a subscription, an onboarding step); <paramref name="tenantId"/>
    /// may be null for a step that precedes the tenant (an import that added nothing).</summary>
    public static AuditEvent ForTenant(AuditActor actor, DateTimeOffset occurredAt, string action, AuditOutcome outcome, Guid? tenantId) =>
        ForConsole(actor, occurredAt, action, outcome) with { TenantId = tenantId };

    /// <summary>Something done to one user of a tenant (a helpdesk action, a reminder, a four-eyes decision).</summary>
    public static AuditEvent ForUser(AuditActor actor, DateTimeOffset occurredAt, string action, AuditOutcome outcome, Guid? tenantId,
        string? targetUserObjectId, string? targetUpn) =>
        ForTenant(actor, occurredAt, action, outcome, tenantId) with { TargetUserObjectId = targetUserObjectId, TargetUpn = targetUpn };
}
