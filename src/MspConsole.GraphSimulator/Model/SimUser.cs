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

    /// <summary>The method behind <see cref="PreferredMethod"/>: the one Graph calls the default MFA method.</summary>
    public SimMethod? DefaultMethod() => PreferredMethod switch
    {
        "push" => Methods.Find(m => m.Kind == MethodKind.MicrosoftAuthenticator),
        "oath" => Methods.Find(m => m.Kind == MethodKind.SoftwareOath)
            ?? Methods.Find(m => m.Kind == MethodKind.MicrosoftAuthenticator),
        "sms" or "voiceMobile" => Phone("mobile"),
        "voiceAlternateMobile" => Phone("alternateMobile"),
        "voiceOffice" => Phone("office"),
        _ => null,
    };

    /// <summary>Picks a preferred method from what is registered, strongest first (what Entra does on first registration).</summary>
    public void ChooseDefaultIfMissing()
    {
        if (DefaultMethod() is not null)
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
