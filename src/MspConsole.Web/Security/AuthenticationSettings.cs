namespace MspConsole.Web.Security;

/// <summary>The "Authentication" configuration section.</summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>Null means: Development in the Development environment, EntraId everywhere else.</summary>
    public AuthenticationMode? Mode { get; set; }

    /// <summary>Development only: give the two account-manager personas demo tenants when nobody has any assignment.</summary>
    public bool SeedDemoAssignments { get; set; }

    public AuthenticationMode ResolveMode(IHostEnvironment environment) =>
        Mode ?? (environment.IsDevelopment() ? AuthenticationMode.Development : AuthenticationMode.EntraId);
}
