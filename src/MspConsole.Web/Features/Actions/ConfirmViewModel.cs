using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

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
