using MspConsole.Core.Graph;

namespace MspConsole.Web.Shared;

/// <summary>
/// The default MFA method as users know it, from Graph's stored name (push, sms, voiceOffice, …): one name (a resource
/// key) for the user page, the tenant table, the report and the exports; Graph's code itself is never shown.
/// </summary>
public static class DefaultMethodNames
{
    public static string Of(string? graphName) => Of(PreferredSecondaryMethodNames.Parse(graphName));

    public static string Of(PreferredSecondaryMethod? method) => method switch
    {
        PreferredSecondaryMethod.Push => "Microsoft Authenticator notification",
        PreferredSecondaryMethod.Oath => "Code from an authenticator app or token (OATH)",
        PreferredSecondaryMethod.Sms => "Text message to the mobile phone",
        PreferredSecondaryMethod.VoiceMobile => "Call to the mobile phone",
        PreferredSecondaryMethod.VoiceAlternateMobile => "Call to the alternate mobile phone",
        PreferredSecondaryMethod.VoiceOffice => "Call to the office phone",
        _ => "No default method",
    };
}
