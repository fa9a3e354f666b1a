namespace MspConsole.Web.Security;

/// <summary>
/// The tenants a caller may see: all of them (Helpdesk, Admin) or an explicit set (an account manager's
/// assignments). Every query on tenant data takes one as an argument.
/// </summary>
public sealed record TenantScope
{
    private TenantScope(bool isAll, IReadOnlyCollection<Guid> tenantIds)
    {
        IsAll = isAll;
        TenantIds = tenantIds;
    }

    public static TenantScope All { get; } = new(true, []);

    public static TenantScope None { get; } = new(false, []);

    public bool IsAll { get; }

    /// <summary>The visible tenants when <see cref="IsAll"/> is false.</summary>
    public IReadOnlyCollection<Guid> TenantIds { get; }

    public static TenantScope Only(IEnumerable<Guid> tenantIds) => new(false, tenantIds.Distinct().ToArray());

    public bool Includes(Guid tenantId) => IsAll || TenantIds.Contains(tenantId);
}
