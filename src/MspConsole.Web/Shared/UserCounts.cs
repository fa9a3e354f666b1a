using MspConsole.Core.Figures;
using MspConsole.Core.Users;

namespace MspConsole.Web.Shared;

/// <summary>A tenant's users by status, as the overview row, the tenant headline and the exports show them.</summary>
public sealed record UserCounts(int Users, int NotRegistered, int SingleMethod, int Resilient, int Excluded, int Admins, int AdminsWithoutMfa)
{
    public static UserCounts Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static UserCounts Of(FigureCounts figures) => new(
        figures.Users, figures.NotRegistered, figures.SingleMethod, figures.Resilient, figures.Excluded, figures.Admins, figures.AdminsWithoutMfa);

    public int Registered => SingleMethod + Resilient;

    /// <summary>Users the rule applies to: excluded accounts (break-glass, service) are left out of the percentages.</summary>
    public int InScope => Users - Excluded;

    public double? RegisteredRatio => Numbers.Ratio(Registered, InScope);

    public double? ResilientRatio => Numbers.Ratio(Resilient, InScope);

    public UserCounts Add(MfaStatus status, bool isAdmin, int count) => this with
    {
        Users = Users + count,
        NotRegistered = NotRegistered + (status == MfaStatus.NotRegistered ? count : 0),
        SingleMethod = SingleMethod + (status == MfaStatus.SingleMethod ? count : 0),
        Resilient = Resilient + (status == MfaStatus.Resilient ? count : 0),
        Excluded = Excluded + (status == MfaStatus.Excluded ? count : 0),
        Admins = Admins + (isAdmin ? count : 0),
        AdminsWithoutMfa = AdminsWithoutMfa + (MfaStatusRules.IsCritical(isAdmin, status) ? count : 0),
    };

    public UserCounts Plus(UserCounts other) => new(
        Users + other.Users, NotRegistered + other.NotRegistered, SingleMethod + other.SingleMethod, Resilient + other.Resilient,
        Excluded + other.Excluded, Admins + other.Admins, AdminsWithoutMfa + other.AdminsWithoutMfa);
}
