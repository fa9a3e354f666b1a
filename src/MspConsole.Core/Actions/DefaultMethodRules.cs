using MspConsole.Core.Graph;

namespace MspConsole.Core.Actions;

/// <summary>
/// Entra refuses to delete the default MFA method while other methods remain (GRAPH.md §3), so an action that removes
/// it first switches the default to a remaining method. These rules say when that is needed and to what.
/// </summary>
public static class DefaultMethodRules
{
    /// <summary>
    /// The replacement default, first match wins: another Microsoft Authenticator (only when removing something else),
    /// then the mobile phone by text message, the alternate mobile phone, the office phone, and a software OATH token last:
    /// after a phone replacement a code app most likely lived on the old phone too, while the number moves with the user.
    /// </summary>
    public static readonly IReadOnlyList<PreferredSecondaryMethod> ReplacementOrder =
    [
        PreferredSecondaryMethod.Push,
        PreferredSecondaryMethod.Sms,
        PreferredSecondaryMethod.VoiceAlternateMobile,
        PreferredSecondaryMethod.VoiceOffice,
        PreferredSecondaryMethod.Oath,
    ];

    /// <summary>Whether <paramref name="method"/> can serve as <paramref name="preferred"/>: the one model of the default
    /// method for the poll's stored default, the actions and the pages. Microsoft documents <c>oath</c> as a code from an
    /// authenticator app or token, and the Authenticator app produces those codes (software OATH), so it serves
    /// <see cref="PreferredSecondaryMethod.Oath"/> as well as a software OATH token does.</summary>
    public static bool Provides(PreferredSecondaryMethod preferred, AuthenticationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return preferred switch
        {
            PreferredSecondaryMethod.Push => method.Kind == AuthenticationMethodKind.MicrosoftAuthenticator,
            PreferredSecondaryMethod.Oath => method.Kind is AuthenticationMethodKind.SoftwareOath or AuthenticationMethodKind.MicrosoftAuthenticator,
            PreferredSecondaryMethod.Sms or PreferredSecondaryMethod.VoiceMobile => method is { Kind: AuthenticationMethodKind.Phone, PhoneType: PhoneType.Mobile },
            PreferredSecondaryMethod.VoiceAlternateMobile => method is { Kind: AuthenticationMethodKind.Phone, PhoneType: PhoneType.AlternateMobile },
            PreferredSecondaryMethod.VoiceOffice => method is { Kind: AuthenticationMethodKind.Phone, PhoneType: PhoneType.Office },
            _ => false,
        };
    }

    /// <summary>
    /// The default-method change that removing <paramref name="removing"/> from <paramref name="methods"/> needs, or null
    /// when the default stays (there is none, or a remaining method still provides it).
    /// </summary>
    public static DefaultMethodChange? ChangeFor(IReadOnlyCollection<AuthenticationMethod> methods, PreferredSecondaryMethod? current,
        IReadOnlyCollection<AuthenticationMethod> removing)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(removing);
        if (current is not { } preferred || !removing.Any(m => Provides(preferred, m)))
        {
            return null;
        }

        var remaining = methods.Where(m => !removing.Contains(m)).ToList();
        if (remaining.Exists(m => Provides(preferred, m)))
        {
            return null;
        }

        foreach (var candidate in ReplacementOrder)
        {
            if (remaining.Exists(m => Provides(candidate, m)))
            {
                return new DefaultMethodChange(preferred, candidate);
            }
        }

        return new DefaultMethodChange(preferred, null);
    }
}
