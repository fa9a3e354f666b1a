using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Users;

public sealed record UserDetails(
    Guid TenantId,
    string TenantName,
    string ObjectId,
    string UserPrincipalName,
    string DisplayName,
    bool IsAdmin,
    bool IsGuest,
    bool IsSsprRegistered,
    bool IsPasswordlessCapable,
    IReadOnlyList<string> MethodsRegistered,
    int MfaMethodCount,
    string? DefaultMethod,
    string? PreferredLanguage,
    PerUserMfaState PerUserMfaState,
    DateTimeOffset? LastUpdatedInGraph,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? RemovedAt,
    string? ExclusionReason,
    MfaStatus Status,
    TenantStanding TenantStanding)
{
    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);
}

public sealed record ReminderRow(DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Language, string RecipientAddress, string SenderMailbox, string RequestedBy, ReminderOutcome? Outcome, string? Error);

public sealed record AuditRow(DateTimeOffset OccurredAt, string ActorUpn, string ActorRole, string Action, AuditOutcome Outcome, string? Reason, string? TicketReference, string? Error);

/// <summary>The user page. <paramref name="Methods"/> are read live from Graph (null when that failed: the page then lists
/// the names the last poll stored).</summary>
public sealed record UserViewModel(UserDetails User, IReadOnlyList<string> StatusReasons, IReadOnlyList<ReminderRow> Reminders, IReadOnlyList<AuditRow> Actions,
    string? Message = null, IReadOnlyList<MethodDetails>? Methods = null, LiveDefaultMethod? LiveDefault = null)
{
    /// <summary>The default method's name (a resource key): as Graph has it now when that could be read, else as last polled.</summary>
    public string DefaultMethodName => LiveDefault is { } live ? DefaultMethodNames.Of(live.Method) : DefaultMethodNames.Of(User.DefaultMethod);
}

/// <summary>The user's default MFA method read from Graph with the page; <paramref name="Method"/> null is none.</summary>
public sealed record LiveDefaultMethod(PreferredSecondaryMethod? Method);
