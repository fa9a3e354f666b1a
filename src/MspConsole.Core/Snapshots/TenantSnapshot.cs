namespace MspConsole.Core.Snapshots;

/// <summary>One row per tenant per day: the trend charts read this, never the user table.</summary>
public sealed class TenantSnapshot
{
    private TenantSnapshot()
    {
    }

    public TenantSnapshot(Guid tenantId, DateOnly day)
    {
        TenantId = tenantId;
        Day = day;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    public DateOnly Day { get; private set; }

    public int TotalUsers { get; private set; }

    public int NotRegistered { get; private set; }

    public int SingleMethod { get; private set; }

    public int Resilient { get; private set; }

    public int Excluded { get; private set; }

    public int AdminsWithoutMfa { get; private set; }

    public int AuthenticatorUsers { get; private set; }

    public int MobilePhoneUsers { get; private set; }

    public int EmailUsers { get; private set; }

    public int OfficePhoneUsers { get; private set; }

    /// <summary>Users with any MFA method other than the guide's phone and Authenticator (FIDO2, OATH, Windows Hello…).</summary>
    public int OtherMfaMethodUsers { get; private set; }

    public int PerUserMfaEnforced { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    public int MfaRegistered => SingleMethod + Resilient;

    public void Record(SnapshotCounts counts, DateTimeOffset now)
    {
        TotalUsers = counts.TotalUsers;
        NotRegistered = counts.NotRegistered;
        SingleMethod = counts.SingleMethod;
        Resilient = counts.Resilient;
        Excluded = counts.Excluded;
        AdminsWithoutMfa = counts.AdminsWithoutMfa;
        AuthenticatorUsers = counts.AuthenticatorUsers;
        MobilePhoneUsers = counts.MobilePhoneUsers;
        EmailUsers = counts.EmailUsers;
        OfficePhoneUsers = counts.OfficePhoneUsers;
        OtherMfaMethodUsers = counts.OtherMfaMethodUsers;
        PerUserMfaEnforced = counts.PerUserMfaEnforced;
        TakenAt = now;
    }
}
