namespace MspConsole.Core.Figures;

/// <summary>
/// A tenant's figures, or one user's contribution to them (each field 0 or 1). Users removed from the tenant count nowhere;
/// disabled accounts count only in <see cref="Disabled"/> (they are out of the compliance figures). Deltas may be negative.
/// </summary>
public readonly record struct FigureCounts(
    int Users,
    int NotRegistered,
    int SingleMethod,
    int Resilient,
    int Excluded,
    int Disabled,
    int Admins,
    int AdminsWithoutMfa,
    int PerUserMfaEnforced,
    int OtherMfaMethodUsers)
{
    public bool IsZero => this == default;

    public static FigureCounts operator +(FigureCounts left, FigureCounts right) => new(
        left.Users + right.Users, left.NotRegistered + right.NotRegistered, left.SingleMethod + right.SingleMethod,
        left.Resilient + right.Resilient, left.Excluded + right.Excluded, left.Disabled + right.Disabled, left.Admins + right.Admins,
        left.AdminsWithoutMfa + right.AdminsWithoutMfa, left.PerUserMfaEnforced + right.PerUserMfaEnforced,
        left.OtherMfaMethodUsers + right.OtherMfaMethodUsers);

    public static FigureCounts operator -(FigureCounts value) => new(
        -value.Users, -value.NotRegistered, -value.SingleMethod, -value.Resilient, -value.Excluded, -value.Disabled, -value.Admins,
        -value.AdminsWithoutMfa, -value.PerUserMfaEnforced, -value.OtherMfaMethodUsers);

    public static FigureCounts operator -(FigureCounts left, FigureCounts right) => left + -right;
}
