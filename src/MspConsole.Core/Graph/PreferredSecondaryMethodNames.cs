namespace MspConsole.Core.Graph;

/// <summary>Graph's names of the default MFA method (defaultMfaMethod, userPreferredMethodForSecondaryAuthentication).</summary>
public static class PreferredSecondaryMethodNames
{
    /// <summary>Null for <c>none</c>, an empty value (guests) or a name the console does not know (unknownFutureValue).
    /// The beta report's defaultMfaMethod names map to the same values; its <c>mobilePhone</c> does not say text or call,
    /// and is read as a text message (both are the mobile phone, which is what deleting and replacing depend on).</summary>
    public static PreferredSecondaryMethod? Parse(string? graphName) => graphName?.ToUpperInvariant() switch
    {
        "PUSH" or "MICROSOFTAUTHENTICATORPUSH" => PreferredSecondaryMethod.Push,
        "OATH" or "SOFTWAREONETIMEPASSCODE" => PreferredSecondaryMethod.Oath,
        "VOICEMOBILE" => PreferredSecondaryMethod.VoiceMobile,
        "VOICEALTERNATEMOBILE" or "ALTERNATEMOBILEPHONE" => PreferredSecondaryMethod.VoiceAlternateMobile,
        "VOICEOFFICE" or "OFFICEPHONE" => PreferredSecondaryMethod.VoiceOffice,
        "SMS" or "MOBILEPHONE" => PreferredSecondaryMethod.Sms,
        _ => null,
    };
}
