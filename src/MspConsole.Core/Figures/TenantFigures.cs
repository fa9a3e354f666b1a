namespace MspConsole.Core.Figures;

/// <summary>
/// A tenant's stored figures, kept current by every save that changes its users (see <see cref="FiguresDelta"/>), so that no page
/// counts the user table. One row per tenant that has ever had a user.
/// </summary>
public sealed class TenantFigures
{
    private TenantFigures()
    {
    }

    public TenantFigures(Guid tenantId, FigureCounts counts)
    {
        TenantId = tenantId;
        Set(counts);
    }

    public Guid TenantId { get; private set; }

    public int Users { get; private set; }

    public int NotRegistered { get; private set; }

    public int SingleMethod { get; private set; }

    public int Resilient { get; private set; }

    public int Excluded { get; private set; }

    public int Disabled { get; private set; }

    public int Admins { get; private set; }

    public int AdminsWithoutMfa { get; private set; }

    public int PerUserMfaEnforced { get; private set; }

    public int OtherMfaMethodUsers { get; private set; }

    public FigureCounts Counts => new(Users, NotRegistered, SingleMethod, Resilient, Excluded, Disabled, Admins, AdminsWithoutMfa, PerUserMfaEnforced, OtherMfaMethodUsers);

    public void Set(FigureCounts counts)
    {
        Users = counts.Users;
        NotRegistered = counts.NotRegistered;
        SingleMethod = counts.SingleMethod;
        Resilient = counts.Resilient;
        Excluded = counts.Excluded;
        Disabled = counts.Disabled;
        Admins = counts.Admins;
        AdminsWithoutMfa = counts.AdminsWithoutMfa;
        PerUserMfaEnforced = counts.PerUserMfaEnforced;
        OtherMfaMethodUsers = counts.OtherMfaMethodUsers;
    }
}
