namespace MspConsole.Core.Graph;

public static class ConnectionCheckNames
{
    public const string RegistrationReport = "Registration report";
    public const string ListUsers = "List users";
    public const string ReadMethods = "Read authentication methods";
    public const string SecurityDefaults = "Read security defaults";
    public const string AdminRoles = "Read admin roles";
}
