namespace MspConsole.Web.Security;

/// <summary>The console's roles. The values are the app role values of the MSP's Entra app registration.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Helpdesk = "Helpdesk";
    public const string AccountManager = "AccountManager";

    public static IReadOnlyList<string> All { get; } = [Admin, Helpdesk, AccountManager];
}
