namespace MspConsole.GraphSimulator.Model;

/// <summary>Derives a user's registration report row from the methods they hold, as Entra does.</summary>
internal static class RegistrationCalculator
{
    public static UserRegistrationDetails Compute(SimUser user, SimTenant tenant, bool beta)
    {
        var methods = MethodsRegistered(user);
        var mfa = user.Methods.Exists(m => m.IsMfa);
        // SSPR accepts e-mail, the Authenticator (notification or code), software OATH codes ("MFA and SSPR") and the
        // mobile or office phone; not the alternate mobile phone.
        var ssprRegistered = user.Methods.Exists(m => m.Kind is MethodKind.Email or MethodKind.MicrosoftAuthenticator or MethodKind.SoftwareOath
            || m.PhoneType is "mobile" or "office");
        var passwordless = user.Methods.Exists(m => m.Kind is MethodKind.Fido2 or MethodKind.WindowsHelloForBusiness
            or MethodKind.PlatformCredential || m.Passwordless);
        var preferred = user.IsGuest ? string.Empty : user.PreferredMethod ?? "none";
        return new UserRegistrationDetails(
            user.Key,
            user.UserPrincipalName,
            user.DisplayName,
            user.IsGuest ? "guest" : "member",
            user.IsAdmin,
            ssprRegistered,
            tenant.SsprEnabled,
            ssprRegistered && tenant.SsprEnabled,
            mfa,
            mfa && user.AccountEnabled,
            passwordless,
            methods,
            tenant.SystemPreferredEnabled,
            SystemPreferred(user),
            preferred,
            user.LastUpdatedDateTime)
        {
            DefaultMfaMethod = beta ? DefaultMfaMethod(user) : null,
        };
    }

    public static List<string> MethodsRegistered(SimUser user)
    {
        var names = new List<string>(user.Methods.Count + 1);
        foreach (var method in user.Methods)
        {
            switch (method.Kind)
            {
                case MethodKind.Phone:
                    names.Add(method.PhoneType switch
                    {
                        "mobile" => "mobilePhone",
                        "alternateMobile" => "alternateMobilePhone",
                        _ => "officePhone",
                    });
                    break;
                case MethodKind.Email: names.Add("email"); break;
                case MethodKind.MicrosoftAuthenticator:
                    names.Add("microsoftAuthenticatorPush");
                    if (method.Passwordless)
                    {
                        names.Add("microsoftAuthenticatorPasswordless");
                    }

                    break;
                case MethodKind.SoftwareOath: names.Add("softwareOneTimePasscode"); break;
                case MethodKind.Fido2: names.Add("passKeyDeviceBound"); break;
                case MethodKind.WindowsHelloForBusiness: names.Add("windowsHelloForBusiness"); break;
                case MethodKind.PlatformCredential: names.Add("macOsSecureEnclaveKey"); break;
                case MethodKind.TemporaryAccessPass: names.Add("temporaryAccessPass"); break;
                default: break;
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    public static List<string> SystemPreferred(SimUser user)
    {
        if (user.Methods.Exists(m => m.Kind == MethodKind.MicrosoftAuthenticator))
        {
            return ["push"];
        }

        if (user.Methods.Exists(m => m.Kind == MethodKind.SoftwareOath))
        {
            return ["oath"];
        }

        if (user.Phone("mobile") is not null)
        {
            return ["sms"];
        }

        return user.Phone("office") is not null ? ["voiceOffice"] : [];
    }

    private static string DefaultMfaMethod(SimUser user) => user.PreferredMethod switch
    {
        "push" => "microsoftAuthenticatorPush",
        "oath" => "softwareOneTimePasscode",
        "sms" or "voiceMobile" => "mobilePhone",
        "voiceAlternateMobile" => "alternateMobilePhone",
        "voiceOffice" => "officePhone",
        _ => "none",
    };
}
