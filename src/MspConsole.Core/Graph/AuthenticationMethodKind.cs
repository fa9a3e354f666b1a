namespace MspConsole.Core.Graph;

public enum AuthenticationMethodKind
{
    Other = 0,
    Password,
    Phone,
    Email,
    MicrosoftAuthenticator,
    SoftwareOath,
    Fido2,
    WindowsHello,
    PlatformCredential,
    TemporaryAccessPass,
}
