namespace MspConsole.GraphSimulator.Model;

/// <summary>Maps method kinds to Graph's URL segments and <c>@odata.type</c> names.</summary>
public static class MethodSegments
{
    private static readonly Dictionary<string, MethodKind> BySegment = new(StringComparer.OrdinalIgnoreCase)
    {
        ["passwordMethods"] = MethodKind.Password,
        ["phoneMethods"] = MethodKind.Phone,
        ["emailMethods"] = MethodKind.Email,
        ["microsoftAuthenticatorMethods"] = MethodKind.MicrosoftAuthenticator,
        ["softwareOathMethods"] = MethodKind.SoftwareOath,
        ["fido2Methods"] = MethodKind.Fido2,
        ["windowsHelloForBusinessMethods"] = MethodKind.WindowsHelloForBusiness,
        ["platformCredentialMethods"] = MethodKind.PlatformCredential,
        ["temporaryAccessPassMethods"] = MethodKind.TemporaryAccessPass,
    };

    public static bool TryParse(string segment, out MethodKind kind) => BySegment.TryGetValue(segment, out kind);

    public static string ODataType(MethodKind kind) => "#microsoft.graph." + kind switch
    {
        MethodKind.Password => "passwordAuthenticationMethod",
        MethodKind.Phone => "phoneAuthenticationMethod",
        MethodKind.Email => "emailAuthenticationMethod",
        MethodKind.MicrosoftAuthenticator => "microsoftAuthenticatorAuthenticationMethod",
        MethodKind.SoftwareOath => "softwareOathAuthenticationMethod",
        MethodKind.Fido2 => "fido2AuthenticationMethod",
        MethodKind.WindowsHelloForBusiness => "windowsHelloForBusinessAuthenticationMethod",
        MethodKind.PlatformCredential => "platformCredentialAuthenticationMethod",
        MethodKind.TemporaryAccessPass => "temporaryAccessPassAuthenticationMethod",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Segment(MethodKind kind) => BySegment.First(p => p.Value == kind).Key;
}
