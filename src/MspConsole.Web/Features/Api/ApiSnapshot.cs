namespace MspConsole.Web.Features.Api;

/// <summary>One day of a tenant's history.</summary>
public sealed record ApiSnapshot(DateOnly Day, int TotalUsers, int NotRegistered, int SingleMethod, int Resilient, int Excluded, int AdminsWithoutMfa,
    int AuthenticatorUsers, int MobilePhoneUsers, int EmailUsers, int OfficePhoneUsers, int OtherMfaMethodUsers, int PerUserMfaEnforced, DateTimeOffset TakenAt);
