using MspConsole.Core.Graph;
using MspConsole.Core.Users;

namespace MspConsole.Core.Figures;

/// <summary>What one stored user adds to its tenant's figures: its counts and the method keys it is counted under.</summary>
public sealed record UserContribution(FigureCounts Counts, IReadOnlyList<string> Methods)
{
    public static UserContribution None { get; } = new(default, []);

    private static readonly HashSet<string> GuideMfaMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        RegisteredMethod.MicrosoftAuthenticatorPush,
        RegisteredMethod.MicrosoftAuthenticatorPasswordless,
        RegisteredMethod.MobilePhone,
        RegisteredMethod.OfficePhone,
    };

    public static UserContribution Of(TenantUser user) =>
        Of(user.Status, user.IsAdmin, user.MethodsRegistered, user.PerUserMfaState, user.RemovedAt is not null);

    public static UserContribution Of(MfaStatus status, bool isAdmin, IReadOnlyList<string> methods, PerUserMfaState perUserMfaState, bool removed)
    {
        if (removed)
        {
            return None;
        }

        if (status == MfaStatus.Disabled)
        {
            return new(new FigureCounts { Disabled = 1 }, []);
        }

        var counts = new FigureCounts(
            Users: 1,
            NotRegistered: status == MfaStatus.NotRegistered ? 1 : 0,
            SingleMethod: status == MfaStatus.SingleMethod ? 1 : 0,
            Resilient: status == MfaStatus.Resilient ? 1 : 0,
            Excluded: status == MfaStatus.Excluded ? 1 : 0,
            Disabled: 0,
            Admins: isAdmin ? 1 : 0,
            AdminsWithoutMfa: MfaStatusRules.IsCritical(isAdmin, status) ? 1 : 0,
            PerUserMfaEnforced: perUserMfaState is PerUserMfaState.Enforced or PerUserMfaState.Enabled ? 1 : 0,
            OtherMfaMethodUsers: methods.Any(m => RegisteredMethod.MfaFamily(m) is not null && !GuideMfaMethods.Contains(m)) ? 1 : 0);
        return new(counts, [.. methods.Select(MethodKey).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The key a method is counted under: one per thing the user holds as the methods chart shows it (the Authenticator's push
    /// and passwordless sign-in are one app; every device-bound passkey is a FIDO2 key). Known names take Graph's spelling;
    /// unknown names are kept as Graph sent them.
    /// </summary>
    public static string MethodKey(string method)
    {
        if (string.Equals(method, RegisteredMethod.MicrosoftAuthenticatorPasswordless, StringComparison.OrdinalIgnoreCase))
        {
            return RegisteredMethod.MicrosoftAuthenticatorPush;
        }

        if (method.StartsWith(RegisteredMethod.PassKeyDeviceBound, StringComparison.OrdinalIgnoreCase))
        {
            return RegisteredMethod.Fido2;
        }

        return KnownNames.TryGetValue(method, out var known) ? known
            : method.Length <= TenantMethodFigure.MethodMaxLength ? method : method[..TenantMethodFigure.MethodMaxLength];
    }

    private static readonly Dictionary<string, string> KnownNames = new[]
    {
        RegisteredMethod.MicrosoftAuthenticatorPush, RegisteredMethod.MobilePhone, RegisteredMethod.AlternateMobilePhone,
        RegisteredMethod.OfficePhone, RegisteredMethod.Email, RegisteredMethod.SoftwareOneTimePasscode,
        RegisteredMethod.HardwareOneTimePasscode, RegisteredMethod.Fido2, RegisteredMethod.WindowsHelloForBusiness,
        RegisteredMethod.MacOsSecureEnclaveKey, RegisteredMethod.SecurityQuestion, RegisteredMethod.TemporaryAccessPass,
    }.ToDictionary(name => name, StringComparer.OrdinalIgnoreCase);
}
