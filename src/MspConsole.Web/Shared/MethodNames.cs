using MspConsole.Core.Users;

namespace MspConsole.Web.Shared;

/// <summary>Graph's method names as users know them from the registration guide (English text = resource key).</summary>
public static class MethodNames
{
    public const string Authenticator = "Microsoft Authenticator app";
    public const string MobilePhone = "Mobile phone (SMS)";
    /// <summary>Counts for password reset only, not for MFA: pages add that next to the name.</summary>
    public const string Email = "Alternative e-mail address";
    public const string OfficePhone = "Office phone";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [RegisteredMethod.MicrosoftAuthenticatorPush] = Authenticator,
        [RegisteredMethod.MobilePhone] = MobilePhone,
        [RegisteredMethod.Email] = Email,
        [RegisteredMethod.OfficePhone] = OfficePhone,
        [RegisteredMethod.MicrosoftAuthenticatorPasswordless] = "Microsoft Authenticator app (passwordless sign-in)",
        [RegisteredMethod.AlternateMobilePhone] = "Alternate mobile phone",
        [RegisteredMethod.SoftwareOneTimePasscode] = "Authenticator app code (OATH)",
        [RegisteredMethod.HardwareOneTimePasscode] = "Hardware token (OATH)",
        [RegisteredMethod.Fido2] = "Security key or passkey (FIDO2)",
        [RegisteredMethod.WindowsHelloForBusiness] = "Windows Hello for Business",
        [RegisteredMethod.MacOsSecureEnclaveKey] = "macOS Secure Enclave key",
        [RegisteredMethod.SecurityQuestion] = "Security questions",
        [RegisteredMethod.TemporaryAccessPass] = "Temporary Access Pass",
    };

    /// <summary>The name to show; an unknown Graph name is shown as Graph spells it.</summary>
    public static string Of(string method)
    {
        if (Names.TryGetValue(method, out var name))
        {
            return name;
        }

        return method.StartsWith(RegisteredMethod.PassKeyDeviceBound, StringComparison.OrdinalIgnoreCase) ? Names[RegisteredMethod.Fido2] : method;
    }

    /// <summary>Whether the method is one of the registration guide's four.</summary>
    public static bool IsGuideMethod(string method) =>
        RegisteredMethod.GuideMethods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>The chart bar a method counts in: the Authenticator's push and passwordless sign-in are one app.</summary>
    public static string ChartGroup(string method) =>
        string.Equals(method, RegisteredMethod.MicrosoftAuthenticatorPasswordless, StringComparison.OrdinalIgnoreCase) ? Authenticator : Of(method);

    public static bool CountsForMfa(string method) => RegisteredMethod.MfaFamily(method) is not null;
}
