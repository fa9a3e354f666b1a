namespace MspConsole.GraphSimulator.Model;

/// <summary>Authentication method types of Graph's /authentication/methods.</summary>
public enum MethodKind
{
    Password,
    Phone,
    Email,
    MicrosoftAuthenticator,
    SoftwareOath,
    Fido2,
    WindowsHelloForBusiness,
    PlatformCredential,
    TemporaryAccessPass,
}
