using MspConsole.Core.Actions;
using MspConsole.Core.Graph;

namespace MspConsole.Web.Shared;

/// <summary>
/// One registered method as the user page lists it, read live from Graph: its name (a resource key), what identifies it
/// (the phone number, the Authenticator's device, the e-mail address), when it was registered, and whether it gives the
/// user's default method.
/// </summary>
public sealed record MethodDetails(string Name, string? Identifies, DateTimeOffset? RegisteredAt, bool CountsForMfa, bool IsDefault)
{
    public static IReadOnlyList<MethodDetails> Of(IEnumerable<AuthenticationMethod> methods, PreferredSecondaryMethod? preferred, bool maskPhoneNumbers)
    {
        var list = methods.Where(method => method.Kind is not AuthenticationMethodKind.Password).ToList();
        // Only the first method that can give the default is marked: two Authenticators cannot both be it.
        var defaultIndex = preferred is { } current ? list.FindIndex(method => DefaultMethodRules.Provides(current, method)) : -1;
        return [.. list.Select((method, index) => new MethodDetails(
            NameOf(method),
            Identify(method, maskPhoneNumbers),
            method.CreatedAt,
            method.Kind is not (AuthenticationMethodKind.Email or AuthenticationMethodKind.TemporaryAccessPass or AuthenticationMethodKind.Other),
            index == defaultIndex))];
    }

    public static string NameOf(AuthenticationMethod method) => method.Kind switch
    {
        AuthenticationMethodKind.Phone => method.PhoneType switch
        {
            PhoneType.Office => MethodNames.OfficePhone,
            PhoneType.AlternateMobile => "Alternate mobile phone",
            _ => MethodNames.MobilePhone,
        },
        AuthenticationMethodKind.Email => MethodNames.Email,
        AuthenticationMethodKind.MicrosoftAuthenticator => MethodNames.Authenticator,
        AuthenticationMethodKind.SoftwareOath => "Authenticator app code (OATH)",
        AuthenticationMethodKind.Fido2 => "Security key or passkey (FIDO2)",
        AuthenticationMethodKind.WindowsHello => "Windows Hello for Business",
        AuthenticationMethodKind.PlatformCredential => "macOS Secure Enclave key",
        AuthenticationMethodKind.TemporaryAccessPass => "Temporary Access Pass",
        _ => "Another method",
    };

    /// <summary>Account managers see a phone number's last three digits only: enough to tell numbers apart, not to call.</summary>
    public static string Mask(string number)
    {
        var digits = number.Count(char.IsDigit);
        var seen = 0;
        return string.Concat(number.Select(c => char.IsDigit(c) && ++seen <= digits - 3 ? '•' : c));
    }

    private static string? Identify(AuthenticationMethod method, bool maskPhoneNumbers) => method.Kind switch
    {
        AuthenticationMethodKind.Phone when method.PhoneNumber is { } number => maskPhoneNumbers ? Mask(number) : number,
        AuthenticationMethodKind.Email => method.EmailAddress,
        _ => method.DeviceName,
    };
}
