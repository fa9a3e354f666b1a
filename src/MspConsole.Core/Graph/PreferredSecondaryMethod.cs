namespace MspConsole.Core.Graph;

/// <summary>
/// The values of Graph's userPreferredMethodForSecondaryAuthentication that can be set (GRAPH.md §2 without <c>none</c>):
/// the user's default MFA method. Infrastructure maps them to Graph's names (push, oath, voiceMobile, …).
/// </summary>
public enum PreferredSecondaryMethod
{
    /// <summary>Microsoft Authenticator notification.</summary>
    Push,
    /// <summary>A code from an authenticator app or token (software OATH, or the Authenticator app's own codes).</summary>
    Oath,
    VoiceMobile,
    VoiceAlternateMobile,
    VoiceOffice,
    Sms,
}
