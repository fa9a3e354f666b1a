namespace MspConsole.Core.Graph;

/// <summary>Graph's names of the default MFA method (defaultMfaMethod, userPreferredMethodForSecondaryAuthentication).</summary>
public static class PreferredSecondaryMethodNames
{
    /// <summary>Null for <c>none</c>, an empty value (guests) or a name the console does not know (unknownFutureValue).</summary>
    public static PreferredSecondaryMethod? Parse(string? graphName) => graphName?.ToUpperInvariant() switch
    {
        "PUSH" => PreferredSecondaryMethod.Push,
        "OATH" => PreferredSecondaryMethod.Oath,
        "VOICEMOBILE" => PreferredSecondaryMethod.VoiceMobile,
        "VOICEALTERNATEMOBILE" => PreferredSecondaryMethod.VoiceAlternateMobile,
        "VOICEOFFICE" => PreferredSecondaryMethod.VoiceOffice,
        "SMS" => PreferredSecondaryMethod.Sms,
        _ => null,
    };
}
