namespace MspConsole.Core.Graph;

/// <summary>The names userRegistrationDetails.methodsRegistered uses (an open set; these are the ones we produce).</summary>
public static class RegistrationMethodNames
{
    public const string MobilePhone = "mobilePhone";
    public const string AlternateMobilePhone = "alternateMobilePhone";
    public const string OfficePhone = "officePhone";
    public const string Email = "email";
    public const string MicrosoftAuthenticatorPush = "microsoftAuthenticatorPush";
    public const string SoftwareOneTimePasscode = "softwareOneTimePasscode";
    public const string Fido2 = "fido2";
    public const string PassKeyDeviceBound = "passKeyDeviceBound";
    public const string WindowsHelloForBusiness = "windowsHelloForBusiness";
    public const string MacOsSecureEnclaveKey = "macOsSecureEnclaveKey";
    public const string TemporaryAccessPass = "temporaryAccessPass";
}
