namespace MspConsole.Core.Graph;

/// <summary>
/// Who the per-user fallback counts as an admin: a user holding one of these built-in Entra roles, matched by role
/// template id (immutable and the same in every tenant, unlike display names, which Microsoft has renamed before).
/// </summary>
/// <remarks>
/// A fixed list rather than "any role whose name ends in Administrator": that rule would count low-impact roles
/// (Printer, Search, Knowledge Administrator…) and miss renamed ones, and it cannot be tested against a known set.
/// The list holds the roles that can take over the tenant, its identities or its mail and data, or change how users
/// sign in: what "an admin without MFA is critical" is about. Read-only roles (Global Reader, Directory Readers, Reports
/// Reader) and custom roles are not admins here. Roles held through a role-assignable group, PIM-eligible (not active)
/// assignments and administrative-unit-scoped assignments are not seen by the directoryRoles read either.
/// </remarks>
public static class PrivilegedRoles
{
    /// <summary>Template id → display name of the roles that make a user an admin.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByTemplateId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["62e90394-69f5-4237-9190-012177145e10"] = "Global Administrator",
        ["e8611ab8-c189-46e8-94e1-60213ab1f814"] = "Privileged Role Administrator",
        ["7be44c8a-adaf-4e2a-84d6-ab2649e08a13"] = "Privileged Authentication Administrator",
        ["194ae4cb-b126-40b2-bd5b-6091b380977d"] = "Security Administrator",
        ["b1be1c3e-b65d-4f19-8427-f6fa0d97feb9"] = "Conditional Access Administrator",
        ["c4e39bd9-1100-46d3-8c65-fb160da0071f"] = "Authentication Administrator",
        ["fe930be7-5e62-47db-91af-98c3a49a38b1"] = "User Administrator",
        ["729827e3-9c14-49f7-bb1b-9608f156bbb8"] = "Helpdesk Administrator",
        ["966707d0-3269-4727-9be2-8c3a10f19b9d"] = "Password Administrator",
        ["8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2"] = "Hybrid Identity Administrator",
        ["9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"] = "Application Administrator",
        ["158c047a-c907-4556-b7ef-446551a6b5f7"] = "Cloud Application Administrator",
        ["29232cdf-9323-42fd-ade2-1d097af3e4de"] = "Exchange Administrator",
        ["f28a1f50-f6e7-4571-818b-6a12f2af6b6c"] = "SharePoint Administrator",
        ["69091246-20e8-4a56-aa4d-066075b2a7a8"] = "Teams Administrator",
        ["3a2c62db-5318-420d-8d74-23affee5d9d5"] = "Intune Administrator",
        ["b0f54661-2d74-4c50-afa3-1ec803f12efe"] = "Billing Administrator",
    };

    public static bool IsPrivileged(string? roleTemplateId) =>
        roleTemplateId is not null && ByTemplateId.ContainsKey(roleTemplateId);
}
