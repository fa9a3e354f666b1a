namespace MspConsole.Web.Security;

/// <summary>Authorization policy names; registered in <see cref="AuthorizationSetup"/>.</summary>
public static class Policies
{
    /// <summary>Any console role: may read the tenants in their scope.</summary>
    public const string Viewer = nameof(Viewer);

    /// <summary>Helpdesk and Admin: may act on users (the helpdesk actions).</summary>
    public const string Act = nameof(Act);

    /// <summary>Admin only.</summary>
    public const string Administer = nameof(Administer);
}
