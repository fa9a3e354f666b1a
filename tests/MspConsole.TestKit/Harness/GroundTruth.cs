using System.Text.Json.Nodes;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator.State;

namespace MspConsole.TestKit.Harness;

/// <summary>What the console should hold for a simulator user, computed from Graph's raw method list, not from the report.</summary>
public static class GroundTruth
{
    public static MfaStatus ExpectedStatus(UserSummary user)
    {
        var families = user.Methods.Select(MfaFamily).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        return families switch
        {
            0 => MfaStatus.NotRegistered,
            1 => MfaStatus.SingleMethod,
            _ => MfaStatus.Resilient,
        };
    }

    private static string? MfaFamily(JsonObject method)
    {
        var type = method["@odata.type"]?.GetValue<string>();
        return type switch
        {
            "#microsoft.graph.phoneAuthenticationMethod" => "phone:" + method["phoneType"]?.GetValue<string>(),
            "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod" => "authenticator",
            "#microsoft.graph.softwareOathAuthenticationMethod" => "oath",
            "#microsoft.graph.fido2AuthenticationMethod" => "fido2",
            "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod" => "whfb",
            "#microsoft.graph.platformCredentialAuthenticationMethod" => "platform",
            _ => null, // password, e-mail (SSPR only), temporary access pass
        };
    }
}
