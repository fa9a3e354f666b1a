namespace MspConsole.Core.Figures;

/// <summary>How many of a tenant's current users have a method (by <see cref="UserContribution.MethodKey"/>), kept with <see cref="Tenants.Tenant.Figures"/>.</summary>
public sealed class TenantMethodFigure
{
    public const int MethodMaxLength = 128;

    private TenantMethodFigure()
    {
    }

    public TenantMethodFigure(Guid tenantId, string method, int users)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        TenantId = tenantId;
        Method = method;
        Users = users;
    }

    public Guid TenantId { get; private set; }

    public string Method { get; private set; } = "";

    public int Users { get; private set; }

    public void Set(int users) => Users = users;
}
