using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

/// <summary>The user an action is about, as the console last saw them.</summary>
public sealed record ActionTarget(Guid TenantId, string TenantName, string ObjectId, string Upn, string DisplayName, bool IsAdmin, MfaStatus Status,
    TenantStanding Standing = TenantStanding.Active)
{
    public string UserUrl => ActionRoutes.UserUrl(TenantId, ObjectId);
}

/// <summary>The confirmation step: what will change, and the reason, ticket and caller verification it needs.</summary>
public sealed record ConfirmViewModel(
    ActionTarget Target,
    HelpdeskAction Action,
    ActionForm Form,
    Guid IdempotencyKey,
    IReadOnlyList<AuthenticationMethod> Methods,
    IReadOnlyList<AuthenticationMethod> Candidates,
    IReadOnlyList<string> Verifications,
    bool NeedsApproval,
    int DefaultLifetimeMinutes,
    int MaxLifetimeMinutes,
    ActionFailure? ReadFailure,
    IReadOnlyList<string> Errors,
    DefaultMethodState? DefaultMethod = null)
{
    public bool NeedsVerification => HelpdeskActionRules.NeedsCallerVerification(Action);

    /// <summary>How deleting <paramref name="removing"/> changes the default method (null: it stays, or it could not be read).</summary>
    public DefaultMethodChange? DefaultChangeFor(params AuthenticationMethod[] removing) =>
        DefaultMethod is { } state ? DefaultMethodRules.ChangeFor(Methods, state.Current, removing) : null;

    public string PostUrl => ActionRoutes.ActionUrl(Target.TenantId, Target.ObjectId, Action);

    public IEnumerable<AuthenticationMethod> Phones => Methods.Where(m => m.Kind == AuthenticationMethodKind.Phone);
}

/// <summary>The user's default MFA method as read from Graph for the confirmation step; <paramref name="Current"/> null is none.</summary>
public sealed record DefaultMethodState(PreferredSecondaryMethod? Current);

/// <summary>What came of an action, an approval or a rejection. <see cref="Result"/>.Pass is shown once, in this response only.</summary>
public sealed record ActionResultViewModel(
    HelpdeskAction Action,
    string? TargetUpn,
    string BackUrl,
    HelpdeskActionResult? Result,
    string? DuplicateSummary = null,
    ActionRequestRefusal? Refusal = null,
    MfaStatus? StatusAfter = null,
    Guid? TenantId = null,
    string? ObjectId = null,
    bool PassAlreadyShown = false);

/// <summary>A four-eyes request as its page shows it to <paramref name="ReaderObjectId"/>.</summary>
public sealed record RequestViewModel(ApprovalRow Row, string ReaderObjectId, TimeSpan IssueWindow, ActionRequestRefusal? Refusal, DateTimeOffset Now)
{
    public bool IsMine => Row.IsBy(ReaderObjectId);

    public DateTimeOffset? IssueBefore => Row.IssueBefore(IssueWindow);

    public bool CanIssueNow => IsMine && IssueBefore > Now;
}

