using System.Security.Cryptography;
using System.Text;

namespace MspConsole.GraphSimulator.Model;

/// <summary>
/// The built-in roles the simulator hands out. Privileged ones make the report's <c>isAdmin</c> true (the simulator's
/// ground truth); the readers prove that a console counting "any role" as admin would be wrong.
/// Template ids are Microsoft's and identical in every tenant.
/// </summary>
public static class DirectoryRoleCatalog
{
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    public const string PrivilegedRoleAdministrator = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    public const string SecurityAdministrator = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    public const string ExchangeAdministrator = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public const string SharePointAdministrator = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
    public const string UserAdministrator = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    public const string AuthenticationAdministrator = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    public const string ConditionalAccessAdministrator = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
    public const string HelpdeskAdministrator = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    public const string IntuneAdministrator = "3a2c62db-5318-420d-8d74-23affee5d9d5";
    public const string BillingAdministrator = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
    public const string TeamsAdministrator = "69091246-20e8-4a56-aa4d-066075b2a7a8";
    public const string DirectoryReaders = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b";
    public const string ReportsReader = "4a5d8f65-41da-4de4-8968-e035b65339cf";
    public const string MessageCenterReader = "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b";
    public const string GuestInviter = "95e79109-95c0-4d8e-aee3-d01accf2d47b";

    public static readonly IReadOnlyList<DirectoryRoleTemplate> All =
    [
        new(GlobalAdministrator, "Global Administrator", "Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.", true),
        new(PrivilegedRoleAdministrator, "Privileged Role Administrator", "Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.", true),
        new(SecurityAdministrator, "Security Administrator", "Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.", true),
        new(ExchangeAdministrator, "Exchange Administrator", "Can manage all aspects of the Exchange product.", true),
        new(SharePointAdministrator, "SharePoint Administrator", "Can manage all aspects of the SharePoint service.", true),
        new(UserAdministrator, "User Administrator", "Can manage all aspects of users and groups, including resetting passwords for limited admins.", true),
        new(AuthenticationAdministrator, "Authentication Administrator", "Can access to view, set and reset authentication method information for any non-admin user.", true),
        new(ConditionalAccessAdministrator, "Conditional Access Administrator", "Can manage Conditional Access capabilities.", true),
        new(HelpdeskAdministrator, "Helpdesk Administrator", "Can reset passwords for non-administrators and Helpdesk Administrators.", true),
        new(IntuneAdministrator, "Intune Administrator", "Can manage all aspects of the Intune product.", true),
        new(BillingAdministrator, "Billing Administrator", "Can perform common billing related tasks like updating payment information.", true),
        new(TeamsAdministrator, "Teams Administrator", "Can manage the Microsoft Teams service.", true),
        new(DirectoryReaders, "Directory Readers", "Can read basic directory information. Commonly used to grant directory read access to applications and guests.", false),
        new(ReportsReader, "Reports Reader", "Can read sign-in and audit reports.", false),
        new(MessageCenterReader, "Message Center Reader", "Can read messages and updates for their organization in Office 365 Message Center only.", false),
        new(GuestInviter, "Guest Inviter", "Can invite guest users independent of the 'members can invite guests' setting.", false),
    ];

    /// <summary>Roles the generator gives admins (the first admin of a tenant always gets Global Administrator).</summary>
    public static readonly IReadOnlyList<string> AdminPool =
    [
        GlobalAdministrator, ExchangeAdministrator, SharePointAdministrator, UserAdministrator, HelpdeskAdministrator,
        SecurityAdministrator, BillingAdministrator, TeamsAdministrator, IntuneAdministrator, PrivilegedRoleAdministrator,
        ConditionalAccessAdministrator, AuthenticationAdministrator,
    ];

    /// <summary>Roles some ordinary users hold: not admin roles.</summary>
    public static readonly IReadOnlyList<string> ReaderPool = [DirectoryReaders, ReportsReader, MessageCenterReader];

    private static readonly Dictionary<string, DirectoryRoleTemplate> ById =
        All.ToDictionary(r => r.TemplateId, StringComparer.OrdinalIgnoreCase);

    public static DirectoryRoleTemplate? Find(string templateId) => ById.GetValueOrDefault(templateId);

    public static bool IsPrivileged(string templateId) => Find(templateId)?.Privileged ?? false;

    /// <summary>The activated role's object id in a tenant: stable, and different in every tenant (unlike the template id).</summary>
    public static string ObjectId(Guid tenantId, string templateId)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId:D}/{templateId.ToUpperInvariant()}"), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }
}
