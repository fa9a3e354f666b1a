using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Api;

/// <summary>A tenant's current user counts (active, enabled users), as the overview counts them.</summary>
public sealed record ApiFigures(int Users, int Excluded, int NotRegistered, int SingleMethod, int Resilient, int Admins, int AdminsWithoutMfa, double? RegisteredShare, double? ResilientShare)
{
    public static ApiFigures From(UserCounts counts) => new(counts.Users, counts.Excluded, counts.NotRegistered, counts.SingleMethod, counts.Resilient,
        counts.Admins, counts.AdminsWithoutMfa, counts.RegisteredRatio, counts.ResilientRatio);
}
