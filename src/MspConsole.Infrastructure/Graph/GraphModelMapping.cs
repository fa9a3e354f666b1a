using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using MspConsole.Core.Graph;
using CoreAuthenticationMethod = MspConsole.Core.Graph.AuthenticationMethod;
using CorePhoneType = MspConsole.Core.Graph.PhoneType;
using GraphAuthenticationMethod = Microsoft.Graph.Models.AuthenticationMethod;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Graph SDK models to the console's Graph records (the only place that knows both).</summary>
internal static class GraphModelMapping
{
    private const string TypePrefix = "#microsoft.graph.";

    public static UserRegistration ToRegistration(UserRegistrationDetails details)
    {
        // The beta report has defaultMfaMethod; v1.0 has the user's preferred method for MFA. Either may be absent.
        var defaultMethod = AdditionalString(details.AdditionalData, "defaultMfaMethod")
            ?? EnumName(details.UserPreferredMethodForSecondaryAuthentication);
        return new UserRegistration(
            details.Id ?? string.Empty,
            details.UserPrincipalName ?? string.Empty,
            details.UserDisplayName ?? string.Empty,
            IsGuest: details.UserType == SignInUserType.Guest,
            IsAdmin: details.IsAdmin ?? false,
            IsMfaRegistered: details.IsMfaRegistered ?? false,
            IsMfaCapable: details.IsMfaCapable ?? false,
            IsSsprRegistered: details.IsSsprRegistered ?? false,
            IsPasswordlessCapable: details.IsPasswordlessCapable ?? false,
            MethodsRegistered: details.MethodsRegistered?.OfType<string>().Where(m => m.Length > 0).ToList() ?? [],
            DefaultMethod: string.IsNullOrEmpty(defaultMethod) || defaultMethod == "none" ? null : defaultMethod,
            LastUpdated: details.LastUpdatedDateTime);
    }

    public static DirectoryUser ToDirectoryUser(User user) => new(
        user.Id ?? string.Empty,
        user.UserPrincipalName ?? string.Empty,
        user.DisplayName ?? string.Empty,
        // GET /users says "Guest"/"Member" (capitalised, unlike the report).
        IsGuest: string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase),
        AccountEnabled: user.AccountEnabled ?? true,
        PreferredLanguage: string.IsNullOrWhiteSpace(user.PreferredLanguage) ? null : user.PreferredLanguage,
        Mail: string.IsNullOrWhiteSpace(user.Mail) ? null : user.Mail);

    public static CoreAuthenticationMethod ToMethod(GraphAuthenticationMethod method)
    {
        var graphType = method.OdataType is { } t && t.StartsWith(TypePrefix, StringComparison.Ordinal) ? t[TypePrefix.Length..] : method.OdataType ?? string.Empty;
        var id = method.Id ?? string.Empty;
        var created = method.CreatedDateTime ?? DateFromAdditionalData(method, "creationDateTime");
        return method switch
        {
            PhoneAuthenticationMethod phone => new CoreAuthenticationMethod(id, AuthenticationMethodKind.Phone, graphType,
                PhoneType: phone.PhoneType switch
                {
                    AuthenticationPhoneType.AlternateMobile => CorePhoneType.AlternateMobile,
                    AuthenticationPhoneType.Office => CorePhoneType.Office,
                    _ => CorePhoneType.Mobile,
                },
                PhoneNumber: phone.PhoneNumber, CreatedAt: created),
            EmailAuthenticationMethod email => new CoreAuthenticationMethod(id, AuthenticationMethodKind.Email, graphType,
                EmailAddress: email.EmailAddress, CreatedAt: created),
            MicrosoftAuthenticatorAuthenticationMethod app => new CoreAuthenticationMethod(id, AuthenticationMethodKind.MicrosoftAuthenticator, graphType,
                DeviceName: app.DisplayName, CreatedAt: created),
            SoftwareOathAuthenticationMethod => new CoreAuthenticationMethod(id, AuthenticationMethodKind.SoftwareOath, graphType, CreatedAt: created),
            Fido2AuthenticationMethod key => new CoreAuthenticationMethod(id, AuthenticationMethodKind.Fido2, graphType,
                DeviceName: key.DisplayName ?? key.Model, CreatedAt: created),
            WindowsHelloForBusinessAuthenticationMethod hello => new CoreAuthenticationMethod(id, AuthenticationMethodKind.WindowsHello, graphType,
                DeviceName: hello.DisplayName, CreatedAt: created),
            PlatformCredentialAuthenticationMethod platform => new CoreAuthenticationMethod(id, AuthenticationMethodKind.PlatformCredential, graphType,
                DeviceName: platform.DisplayName, CreatedAt: created),
            TemporaryAccessPassAuthenticationMethod => new CoreAuthenticationMethod(id, AuthenticationMethodKind.TemporaryAccessPass, graphType, CreatedAt: created),
            PasswordAuthenticationMethod => new CoreAuthenticationMethod(id, AuthenticationMethodKind.Password, graphType, CreatedAt: created),
            _ => new CoreAuthenticationMethod(id, AuthenticationMethodKind.Other, graphType,
                DeviceName: AdditionalString(method.AdditionalData, "displayName"), CreatedAt: created),
        };
    }

    public static AuthenticationPhoneType ToGraph(CorePhoneType phoneType) => phoneType switch
    {
        CorePhoneType.AlternateMobile => AuthenticationPhoneType.AlternateMobile,
        CorePhoneType.Office => AuthenticationPhoneType.Office,
        _ => AuthenticationPhoneType.Mobile,
    };

    /// <summary>The fixed ids Graph gives the three phone methods.</summary>
    public static string PhoneMethodId(CorePhoneType phoneType) => phoneType switch
    {
        CorePhoneType.AlternateMobile => "b6332ec1-7057-4abe-9331-3d72feddfe41",
        CorePhoneType.Office => "e37fc753-ff3b-4958-9484-eaa9425c82bc",
        _ => "3179e48a-750b-4051-897c-87b9720928f7",
    };

    /// <summary>Graph's name of a default MFA method (userPreferredMethodForSecondaryAuthentication): push, oath, sms, …</summary>
    public static string ToGraphName(PreferredSecondaryMethod method) => method switch
    {
        PreferredSecondaryMethod.Push => "push",
        PreferredSecondaryMethod.Oath => "oath",
        PreferredSecondaryMethod.VoiceMobile => "voiceMobile",
        PreferredSecondaryMethod.VoiceAlternateMobile => "voiceAlternateMobile",
        PreferredSecondaryMethod.VoiceOffice => "voiceOffice",
        PreferredSecondaryMethod.Sms => "sms",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a default MFA method."),
    };

    public static PreferredSecondaryMethod? ToPreferredSecondaryMethod(string? graphName) => PreferredSecondaryMethodNames.Parse(graphName);

    /// <summary>Graph's camelCase wire name of an SDK enum member (Push → push, VoiceMobile → voiceMobile).</summary>
    private static string? EnumName<T>(T? value) where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        var name = value.Value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    private static DateTimeOffset? DateFromAdditionalData(GraphAuthenticationMethod method, string key) =>
        !method.AdditionalData.TryGetValue(key, out var value) ? null
        : value is DateTimeOffset date ? date
        // Kiota's JSON reader turns date-like strings in AdditionalData into DateTime.
        : value is DateTime time ? new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time)
        : AdditionalString(method.AdditionalData, key) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed
        : null;

    /// <summary>Properties the SDK does not model land in AdditionalData, as Kiota untyped nodes (or plain strings).</summary>
    private static string? AdditionalString(IDictionary<string, object> data, string key) =>
        data.TryGetValue(key, out var value)
            ? value switch
            {
                string text => text,
                UntypedString untyped => untyped.GetValue(),
                _ => null,
            }
            : null;
}
