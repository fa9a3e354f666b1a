namespace MspConsole.Core.Snapshots;

public sealed record SnapshotCounts(
    int TotalUsers,
    int NotRegistered,
    int SingleMethod,
    int Resilient,
    int Excluded,
    int AdminsWithoutMfa,
    int AuthenticatorUsers,
    int MobilePhoneUsers,
    int EmailUsers,
    int OfficePhoneUsers,
    int OtherMfaMethodUsers,
    int PerUserMfaEnforced);
