namespace MspConsole.GraphSimulator.Model;

/// <summary>A directory user with its methods. Mutable; only touched under its tenant's lock.</summary>
internal sealed class SimUser(Guid id, string userPrincipalName, string displayName)
{
    public Guid Id { get; } = id;

    /// <summary>Lower-case string form of <see cref="Id"/>; the ordinal sort key for paging.</summary>
    public string Key { get; } = id.ToString("D");

    public string UserPrincipalName { get; set; } = userPrincipalName;

    public string DisplayName { get; set; } = displayName;

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? JobTitle { get; set; }

    public string? Mail { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool IsGuest { get; set; }

    public bool AccountEnabled { get; set; } = true;

    /// <summary>Template ids of the directory roles the user holds (active, tenant-wide assignments).</summary>
    public List<string> RoleTemplateIds { get; } = [];

    /// <summary>What the registration report says as isAdmin: the user holds a privileged role.</summary>
    public bool IsAdmin => RoleTemplateIds.Exists(DirectoryRoleCatalog.IsPrivileged);

    public void AssignRole(string roleTemplateId)
    {
        if (!RoleTemplateIds.Contains(roleTemplateId, StringComparer.OrdinalIgnoreCase))
        {
            RoleTemplateIds.Add(roleTemplateId);
        }
    }

    /// <summary><c>disabled</c>, <c>enabled</c> or <c>enforced</c>.</summary>
    public string PerUserMfaState { get; set; } = "disabled";

    /// <summary>Secondary method the user prefers (§2 set: push, oath, sms, voiceMobile, …), or null.</summary>
    public string? PreferredMethod { get; set; }

    public DateTimeOffset CreatedDateTime { get; set; }

    public DateTimeOffset LastUpdatedDateTime { get; set; }

    public List<SimMethod> Methods { get; } = [];

    public SimMethod? FindMethod(MethodKind kind, string id) =>
        Methods.Find(m => m.Kind == kind && string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    public SimMethod? Phone(string phoneType) =>
        Methods.Find(m => m.Kind == MethodKind.Phone && m.PhoneType == phoneType);

    /// <summary>The values of userPreferredMethodForSecondaryAuthentication a user can have set (GRAPH.md §2 without none).</summary>
    public static readonly IReadOnlyList<string> PreferableMethods = ["push", "oath", "voiceMobile", "voiceAlternateMobile", "voiceOffice", "sms"];

    /// <summary>Whether <paramref name="method"/> can serve as the preferred method <paramref name="preferred"/>. The
    /// Authenticator app also produces OATH codes, so it serves <c>oath</c> as well.</summary>
    public static bool Provides(string? preferred, SimMethod method) => preferred switch
    {
        "push" => method.Kind == MethodKind.MicrosoftAuthenticator,
        "oath" => method.Kind is MethodKind.SoftwareOath or MethodKind.MicrosoftAuthenticator,
        "sms" or "voiceMobile" => method.PhoneType == "mobile",
        "voiceAlternateMobile" => method.PhoneType == "alternateMobile",
        "voiceOffice" => method.PhoneType == "office",
        _ => false,
    };

    /// <summary>Whether some method of the user could be their default (FIDO2, Windows Hello or e-mail cannot).</summary>
    public static bool CanBeDefault(SimMethod method) => PreferableMethods.Any(p => Provides(p, method));

    /// <summary>Whether the user has a method for the preferred method <paramref name="preferred"/>.</summary>
    public bool CanPrefer(string preferred) => Methods.Exists(m => Provides(preferred, m));

    /// <summary>
    /// Whether <paramref name="method"/> is what keeps <see cref="PreferredMethod"/> working: it provides it and no other
    /// method does. That is the one Graph calls the default MFA method, and deleting it is what Graph refuses while
    /// others remain (a second Authenticator keeps <c>push</c> working, so either of two may go).
    /// </summary>
    public bool IsDefault(SimMethod method) =>
        Provides(PreferredMethod, method) && !Methods.Exists(m => !ReferenceEquals(m, method) && Provides(PreferredMethod, m));

    /// <summary>Keeps the preferred method if a method still provides it; otherwise picks one from what is registered,
    /// strongest first (what Entra does on first registration), or none.</summary>
    public void ChooseDefaultIfMissing()
    {
        if (PreferredMethod is { } preferred && CanPrefer(preferred))
        {
            return;
        }

        PreferredMethod = IsGuest ? null : PickPreferred(Methods);
    }

    private static string? PickPreferred(List<SimMethod> methods)
    {
        if (methods.Exists(m => m.Kind == MethodKind.MicrosoftAuthenticator))
        {
            return "push";
        }

        if (methods.Exists(m => m.Kind == MethodKind.SoftwareOath))
        {
            return "oath";
        }

        if (methods.Exists(m => m.PhoneType == "mobile"))
        {
            return "sms";
        }

        return methods.Exists(m => m.PhoneType == "office") ? "voiceOffice" : null;
    }
}
