using MspConsole.Core.Users;

namespace MspConsole.Core.Graph;

/// <summary>
/// The per-user fallback for tenants without Entra ID P1: turns a user's authentication methods into the
/// shape the registration report gives, with the report's method names and the same flags.
/// </summary>
/// <remarks>
/// What the methods list cannot tell: whether the methods policy allows a method (the report's isMfaCapable;
/// here equal to isMfaRegistered), the user's default method (null), admin roles (the caller passes isAdmin, from the directory roles: see <see cref="PrivilegedRoles"/>),
/// and whether an Authenticator is set up for passwordless phone sign-in (reported as push only, so
/// microsoftAuthenticatorPasswordless never appears here). FIDO2 keys are named passKeyDeviceBound, as the report names them today.
/// </remarks>
public static class RegistrationFromMethods
{
    public static UserRegistration Create(DirectoryUser user, IReadOnlyList<AuthenticationMethod> methods, bool isAdmin = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(methods);

        var names = new List<string>();
        foreach (var method in methods)
        {
            var name = ReportName(method);
            if (name is not null && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        var mfaRegistered = methods.Any(IsMfaMethod);
        return new UserRegistration(
            user.Id,
            user.UserPrincipalName,
            user.DisplayName,
            user.IsGuest,
            isAdmin,
            IsMfaRegistered: mfaRegistered,
            IsMfaCapable: mfaRegistered,
            IsSsprRegistered: methods.Any(IsSsprMethod),
            IsPasswordlessCapable: methods.Any(IsPasswordlessMethod),
            MethodsRegistered: names,
            DefaultMethod: null,
            LastUpdated: null);
    }

    /// <summary>The report's methodsRegistered name for a method, or null for methods the report does not list (password).</summary>
    public static string? ReportName(AuthenticationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Kind switch
        {
            AuthenticationMethodKind.Phone => method.PhoneType switch
            {
                PhoneType.AlternateMobile => RegisteredMethod.AlternateMobilePhone,
                PhoneType.Office => RegisteredMethod.OfficePhone,
                _ => RegisteredMethod.MobilePhone,
            },
            AuthenticationMethodKind.Email => RegisteredMethod.Email,
            AuthenticationMethodKind.MicrosoftAuthenticator => RegisteredMethod.MicrosoftAuthenticatorPush,
            AuthenticationMethodKind.SoftwareOath => RegisteredMethod.SoftwareOneTimePasscode,
            AuthenticationMethodKind.Fido2 => RegisteredMethod.PassKeyDeviceBound,
            AuthenticationMethodKind.WindowsHello => RegisteredMethod.WindowsHelloForBusiness,
            AuthenticationMethodKind.PlatformCredential => RegisteredMethod.MacOsSecureEnclaveKey,
            AuthenticationMethodKind.TemporaryAccessPass => RegisteredMethod.TemporaryAccessPass,
            _ => null,
        };
    }

    /// <summary>Strong (second-factor) methods. E-mail is SSPR only; password is the first factor; a TAP is for onboarding.</summary>
    public static bool IsMfaMethod(AuthenticationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Kind is AuthenticationMethodKind.Phone or AuthenticationMethodKind.MicrosoftAuthenticator
            or AuthenticationMethodKind.SoftwareOath or AuthenticationMethodKind.Fido2
            or AuthenticationMethodKind.WindowsHello or AuthenticationMethodKind.PlatformCredential;
    }

    /// <summary>Methods self-service password reset accepts. The alternate mobile phone is MFA only.</summary>
    public static bool IsSsprMethod(AuthenticationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Kind switch
        {
            AuthenticationMethodKind.Phone => method.PhoneType is not PhoneType.AlternateMobile,
            AuthenticationMethodKind.Email or AuthenticationMethodKind.MicrosoftAuthenticator or AuthenticationMethodKind.SoftwareOath => true,
            _ => false,
        };
    }

    public static bool IsPasswordlessMethod(AuthenticationMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Kind is AuthenticationMethodKind.Fido2 or AuthenticationMethodKind.WindowsHello
            or AuthenticationMethodKind.PlatformCredential;
    }
}
