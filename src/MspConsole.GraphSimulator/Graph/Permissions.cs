namespace MspConsole.GraphSimulator.Graph;

/// <summary>Application permissions (GRAPH.md §8). Tokens carry the tenant's granted ones as <c>roles</c>.</summary>
public static class Permissions
{
    public const string AuditLogRead = "AuditLog.Read.All";
    public const string UserRead = "User.Read.All";
    public const string UserReadWrite = "User.ReadWrite.All";
    public const string DirectoryRead = "Directory.Read.All";
    public const string DirectoryReadWrite = "Directory.ReadWrite.All";
    public const string MethodsRead = "UserAuthenticationMethod.Read.All";
    public const string MethodsReadWrite = "UserAuthenticationMethod.ReadWrite.All";
    public const string RevokeSessions = "User.RevokeSessions.All";
    public const string MailSend = "Mail.Send";
    public const string PolicyRead = "Policy.Read.All";
    public const string RoleManagementRead = "RoleManagement.Read.Directory";
    public const string RoleManagementReadWrite = "RoleManagement.ReadWrite.Directory";

    /// <summary>What the MSP's app is granted in a consented tenant unless a test removes some.</summary>
    public static readonly IReadOnlyList<string> DefaultGranted =
        [AuditLogRead, UserRead, MethodsReadWrite, RevokeSessions, MailSend, PolicyRead, RoleManagementRead];

    public static readonly string[] ReadReports = [AuditLogRead];
    public static readonly string[] ReadUsers = [UserRead, UserReadWrite, DirectoryRead, DirectoryReadWrite];
    public static readonly string[] ReadMethods = [MethodsRead, MethodsReadWrite];
    public static readonly string[] WriteMethods = [MethodsReadWrite];
    public static readonly string[] Revoke = [RevokeSessions, UserReadWrite, DirectoryReadWrite];
    public static readonly string[] SendMail = [MailSend];
    public static readonly string[] ReadPolicies = [PolicyRead];
    /// <summary>directoryRoles and their members: RoleManagement.Read.Directory is the least privileged.</summary>
    public static readonly string[] ReadDirectoryRoles = [RoleManagementRead, RoleManagementReadWrite, DirectoryRead, DirectoryReadWrite];
    public static readonly string[] ReadRequirements = [PolicyRead, MethodsRead, MethodsReadWrite];
}
