namespace MspConsole.Core.Users;

/// <summary>
/// The methodsRegistered names of Graph's registration report, and which of them count for MFA.
/// The list is open: Graph adds names, so unknown ones are kept and shown but not counted.
/// </summary>
public static class RegisteredMethod
{
    public const string MicrosoftAuthenticatorPush = "microsoftAuthenticatorPush";
    public const string MicrosoftAuthenticatorPasswordless = "microsoftAuthenticatorPasswordless";
    public const string MobilePhone = "mobilePhone";
    public const string AlternateMobilePhone = "alternateMobilePhone";
    public const string OfficePhone = "officePhone";
    public const string Email = "email";
    public const string SoftwareOneTimePasscode = "softwareOneTimePasscode";
    public const string HardwareOneTimePasscode = "hardwareOneTimePasscode";
    public const string Fido2 = "fido2";
    public const string PassKeyDeviceBound = "passKeyDeviceBound";
    public const string WindowsHelloForBusiness = "windowsHelloForBusiness";
    public const string MacOsSecureEnclaveKey = "macOsSecureEnclaveKey";
    public const string SecurityQuestion = "securityQuestion";
    public const string TemporaryAccessPass = "temporaryAccessPass";

    /// <summary>
    /// MFA-capable names, mapped to the thing the user holds: the Authenticator's push and passwordless
    /// sign-in are one app on one phone, so together they are one method, not two.
    /// </summary>
    private static readonly Dictionary<string, string> MfaFamilies = new(StringComparer.OrdinalIgnoreCase)
    {
        [MicrosoftAuthenticatorPush] = "authenticator",
        [MicrosoftAuthenticatorPasswordless] = "authenticator",
        [MobilePhone] = MobilePhone,
        [AlternateMobilePhone] = AlternateMobilePhone,
        [OfficePhone] = OfficePhone,
        [SoftwareOneTimePasscode] = SoftwareOneTimePasscode,
        [HardwareOneTimePasscode] = HardwareOneTimePasscode,
        [Fido2] = Fido2,
        [WindowsHelloForBusiness] = WindowsHelloForBusiness,
        [MacOsSecureEnclaveKey] = MacOsSecureEnclaveKey,
    };

    /// <summary>The four methods of the registration guide, in the guide's order.</summary>
    public static IReadOnlyList<string> GuideMethods { get; } = [MicrosoftAuthenticatorPush, MobilePhone, Email, OfficePhone];

    /// <summary>The family a name counts as for MFA, or null when it does not count (e-mail is SSPR only).</summary>
    public static string? MfaFamily(string name)
    {
        if (MfaFamilies.TryGetValue(name, out var family))
        {
            return family;
        }

        // Graph reports device-bound passkeys under several suffixed names; all are FIDO2 keys.
        return name.StartsWith(PassKeyDeviceBound, StringComparison.OrdinalIgnoreCase) ? Fido2 : null;
    }

    public static int CountMfaMethods(IEnumerable<string> methodsRegistered) =>
        methodsRegistered.Select(MfaFamily).OfType<string>().Distinct(StringComparer.Ordinal).Count();
}
