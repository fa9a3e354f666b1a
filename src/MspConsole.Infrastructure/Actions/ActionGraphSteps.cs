using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using TemporaryAccessPass = MspConsole.Core.Graph.TemporaryAccessPass;

namespace MspConsole.Infrastructure.Actions;

/// <summary>
/// The Graph calls of each action, in the order Entra accepts them. Every successful call's request id is added to
/// <see cref="RequestIds"/> as it happens, so a failure half-way still tells what was done. Failures throw
/// <see cref="GraphFailureException"/>; when there is nothing to change, <see cref="RunAsync"/> says why instead.
/// </summary>
internal sealed class ActionGraphSteps(ITenantGraphClient graph, string userId)
{
    public List<string> RequestIds { get; } = [];

    public TemporaryAccessPass? Pass { get; private set; }

    /// <summary>Whether the user's default MFA method was read (before deleting); then <see cref="DefaultBefore"/> holds it.</summary>
    public bool DefaultRead { get; private set; }

    public PreferredSecondaryMethod? DefaultBefore { get; private set; }

    /// <summary>Reset all methods only: why the default could not be read from Graph, so that the stored default (last poll)
    /// ordered the deletions instead. Null when it was read, or not needed.</summary>
    public GraphFailureException? DefaultReadFailure { get; private set; }

    /// <summary>The switch that Graph refused or failed: nothing was deleted.</summary>
    public DefaultMethodChange? FailedSwitch { get; private set; }

    /// <summary>After a deletion failed behind a switch: whether the former default was put back (null when not tried).</summary>
    public bool? DefaultRestored { get; private set; }

    /// <summary>
    /// What Graph holds after a removal whose every call succeeded, known from Graph's own answers (its 204s): the methods
    /// before minus the deleted ones, and the default as read, or as switched to. Null when Graph chose (the user had no
    /// default, or the default went with no replacement), when a call failed, and for other actions: then the after-state
    /// is read again.
    /// </summary>
    public KnownAfterRemoval? KnownAfter { get; private set; }

    /// <summary>
    /// Whether the deletion Graph refused (400) was of a method providing the user's default as the action knew it (read,
    /// switched to, or stored when unread): Entra keeps the default while others remain. Decided from that state, not from
    /// Graph's message, which Microsoft does not document a code for.
    /// </summary>
    public bool DefaultDeletionRefused { get; private set; }

    /// <summary>Null when done; otherwise why there was nothing to change.</summary>
    public async Task<string?> RunAsync(HelpdeskAction action, ActionParameters parameters, IReadOnlyList<AuthenticationMethod> before,
        string? defaultMethod, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case HelpdeskAction.RemoveMethod:
                var method = before.FirstOrDefault(m => string.Equals(m.Id, parameters.MethodId, StringComparison.OrdinalIgnoreCase)
                    && m.Kind == parameters.MethodKind);
                if (method is null)
                {
                    return "The method is no longer registered.";
                }

                await RemoveAsync(before, [method], cancellationToken);
                break;
            case HelpdeskAction.CorrectPhone:
                var phoneType = parameters.PhoneType ?? throw new ArgumentException("A phone type is required.", nameof(parameters));
                if (!before.Any(m => m.Kind == AuthenticationMethodKind.Phone && m.PhoneType == phoneType))
                {
                    return $"The user has no {phoneType} phone to correct.";
                }

                Record(await graph.UpdatePhoneNumberAsync(userId, phoneType,
                    parameters.PhoneNumber ?? throw new ArgumentException("A phone number is required.", nameof(parameters)), cancellationToken));
                break;
            case HelpdeskAction.ResetAuthenticator:
                var authenticators = before.Where(m => m.Kind == AuthenticationMethodKind.MicrosoftAuthenticator).ToList();
                if (authenticators.Count == 0)
                {
                    return "No Microsoft Authenticator is registered.";
                }

                await RemoveAsync(before, authenticators, cancellationToken);

                break;
            case HelpdeskAction.ResetAllMethods:
                if (!before.Any(IsDeletable))
                {
                    return "No method to remove.";
                }

                await DeleteInOrderAsync(before.Where(IsDeletable), await ResetAllDefaultAsync(before, defaultMethod, cancellationToken), cancellationToken);
                if (parameters.RevokeSessions)
                {
                    Record(await graph.RevokeSignInSessionsAsync(userId, cancellationToken));
                }

                break;
            case HelpdeskAction.TemporaryAccessPass:
                Pass = await graph.CreateTemporaryAccessPassAsync(userId, parameters.LifetimeMinutes, parameters.IsUsableOnce, cancellationToken);
                if (Pass.RequestId is { } requestId)
                {
                    RequestIds.Add(requestId);
                }

                break;
            case HelpdeskAction.RevokeSessions:
                Record(await graph.RevokeSignInSessionsAsync(userId, cancellationToken));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "This action makes no Graph call.");
        }

        return null;
    }

    /// <summary>
    /// Deletes <paramref name="removing"/> after reading the user's default method from Graph. When it is among them and
    /// other methods remain, the default is first switched to a remaining one (<see cref="DefaultMethodRules"/>): Entra
    /// refuses to delete a default otherwise. A failed switch deletes nothing; a deletion that fails after a switch puts
    /// the former default back (best effort; the audit's after-state shows what Graph holds).
    /// </summary>
    private async Task RemoveAsync(IReadOnlyList<AuthenticationMethod> before, IReadOnlyList<AuthenticationMethod> removing, CancellationToken cancellationToken)
    {
        DefaultBefore = await graph.GetPreferredSecondaryMethodAsync(userId, cancellationToken);
        DefaultRead = true;
        var change = DefaultMethodRules.ChangeFor(before, DefaultBefore, removing);
        if (change is { To: { } replacement })
        {
            try
            {
                Record(await graph.SetPreferredSecondaryMethodAsync(userId, replacement, cancellationToken));
            }
            catch (GraphFailureException)
            {
                FailedSwitch = change;
                throw;
            }
        }

        try
        {
            // Several phones may share one Authenticator account: with no replacement, the default still goes last. After a
            // switch the default is among the remaining methods.
            Func<AuthenticationMethod, bool> providesDefault = change switch
            {
                null => DefaultBefore is { } current ? m => DefaultMethodRules.Provides(current, m) : NoDefault,
                { To: null } => m => DefaultMethodRules.Provides(change.From, m),
                _ => NoDefault,
            };
            await DeleteInOrderAsync(removing, providesDefault, cancellationToken);
            if (DefaultBefore is { } kept && change is null or { To: not null })
            {
                KnownAfter = new KnownAfterRemoval([.. before.Where(m => !removing.Contains(m))], change?.To ?? kept);
            }
        }
        catch (GraphFailureException) when (change is { To: not null })
        {
            await RestoreDefaultAsync(change.From, cancellationToken);
            throw;
        }
    }

    private async Task RestoreDefaultAsync(PreferredSecondaryMethod former, CancellationToken cancellationToken)
    {
        try
        {
            Record(await graph.SetPreferredSecondaryMethodAsync(userId, former, cancellationToken));
            DefaultRestored = true;
        }
        catch (GraphFailureException)
        {
            // The deletion's failure is what the engineer must see; the after-state read from Graph shows the default as it is.
            DefaultRestored = false;
        }
    }

    /// <summary>
    /// Which methods provide the user's default for "reset all methods": read live from Graph (signInPreferences), since
    /// the stored default is only as fresh as the last poll. Every method providing it goes last (two Authenticator
    /// registrations both provide push; the mobile phone provides sms and voiceMobile). When Graph does not answer (e.g. a
    /// tenant whose grant does not cover the beta API), the stored default orders the deletions and
    /// <see cref="DefaultReadFailure"/> says why: a wrong guess only costs a refused deletion, which
    /// <see cref="DeleteInOrderAsync"/> retries after the others, while refusing the whole reset would leave the user stuck.
    /// A call to the alternate mobile as default deadlocks the reset (Entra keeps the default while others remain, and the
    /// mobile phone while an alternate exists), so the default moves to a text to the mobile phone first.
    /// </summary>
    private async Task<Func<AuthenticationMethod, bool>> ResetAllDefaultAsync(IReadOnlyList<AuthenticationMethod> methods, string? storedDefault, CancellationToken cancellationToken)
    {
        try
        {
            DefaultBefore = await graph.GetPreferredSecondaryMethodAsync(userId, cancellationToken);
            DefaultRead = true;
        }
        catch (GraphFailureException failure)
        {
            DefaultReadFailure = failure;
            return PreferredSecondaryMethodNames.Parse(storedDefault) is { } stored ? m => DefaultMethodRules.Provides(stored, m) : NoDefault;
        }

        var live = DefaultBefore;
        if (live == PreferredSecondaryMethod.VoiceAlternateMobile && methods.Any(m => m is { Kind: AuthenticationMethodKind.Phone, PhoneType: PhoneType.Mobile }))
        {
            Record(await graph.SetPreferredSecondaryMethodAsync(userId, PreferredSecondaryMethod.Sms, cancellationToken));
            live = PreferredSecondaryMethod.Sms;
        }

        return live is { } provided ? m => DefaultMethodRules.Provides(provided, m) : NoDefault;
    }

    private static bool NoDefault(AuthenticationMethod method) => false;

    /// <summary>Deletes the methods: those providing the default last (Entra refuses the default while others remain) and
    /// the alternate mobile before the mobile phone. The default is not always known (the per-user fallback does not
    /// report it), so a default-method refusal puts the method back at the end of the queue while others remain.</summary>
    private async Task DeleteInOrderAsync(IEnumerable<AuthenticationMethod> methods, Func<AuthenticationMethod, bool> providesDefault, CancellationToken cancellationToken)
    {
        var queue = new List<AuthenticationMethod>(methods
            .OrderBy(providesDefault)
            .ThenBy(m => m is { Kind: AuthenticationMethodKind.Phone, PhoneType: PhoneType.Mobile }));
        var deferrals = 0;
        while (queue.Count > 0)
        {
            var method = queue[0];
            queue.RemoveAt(0);
            try
            {
                await DeleteAsync(method, cancellationToken);
                deferrals = 0;
            }
            catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.BadRequest && queue.Count > 0 && deferrals < queue.Count)
            {
                // Probably the (unknown) default method or the mobile phone of an alternate: try the others first.
                queue.Add(method);
                deferrals++;
            }
            catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.BadRequest)
            {
                DefaultDeletionRefused = providesDefault(method);
                throw;
            }
        }
    }

    private async Task DeleteAsync(AuthenticationMethod method, CancellationToken cancellationToken) =>
        Record(await graph.DeleteMethodAsync(userId, method.Kind, method.Id, cancellationToken));

    private void Record(GraphMutationResult result)
    {
        if (result.RequestId is { } requestId)
        {
            RequestIds.Add(requestId);
        }
    }

    private static bool IsDeletable(AuthenticationMethod method) =>
        method.Kind is not (AuthenticationMethodKind.Password or AuthenticationMethodKind.Other);
}

