namespace MspConsole.GraphSimulator.Model;

/// <summary>One registered authentication method of a user (immutable; a PATCH replaces it).</summary>
public sealed record SimMethod(MethodKind Kind, string Id, DateTimeOffset CreatedDateTime)
{
    public const string PasswordId = "28c10230-6103-485e-b985-444c60001490";
    public const string MobileId = "3179e48a-750b-4051-897c-87b9720928f7";
    public const string AlternateMobileId = "b6332ec1-7057-4abe-9331-3d72feddfe41";
    public const string OfficeId = "e37fc753-ff3b-4958-9484-eaa9425c82bc";

    public string? PhoneNumber { get; init; }

    /// <summary><c>mobile</c>, <c>alternateMobile</c> or <c>office</c>.</summary>
    public string? PhoneType { get; init; }

    public string? EmailAddress { get; init; }

    public string? DisplayName { get; init; }

    public string? DeviceTag { get; init; }

    public string? PhoneAppVersion { get; init; }

    public string? Model { get; init; }

    public string? AaGuid { get; init; }

    /// <summary>Authenticator app registered for passwordless phone sign-in too.</summary>
    public bool Passwordless { get; init; }

    public DateTimeOffset? StartDateTime { get; init; }

    public int? LifetimeInMinutes { get; init; }

    public bool? IsUsableOnce { get; init; }

    /// <summary>True for methods that count as a second factor (not password, e-mail or TAP).</summary>
    public bool IsMfa => Kind is MethodKind.Phone or MethodKind.MicrosoftAuthenticator or MethodKind.SoftwareOath
        or MethodKind.Fido2 or MethodKind.WindowsHelloForBusiness or MethodKind.PlatformCredential;

    public static string PhoneIdFor(string phoneType) => phoneType switch
    {
        "mobile" => MobileId,
        "alternateMobile" => AlternateMobileId,
        "office" => OfficeId,
        _ => throw new ArgumentOutOfRangeException(nameof(phoneType), phoneType, "Unknown phone type."),
    };
}
