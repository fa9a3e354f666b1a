using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

public sealed record TrendPoint(DateOnly Day, int TotalUsers, int NotRegistered, int SingleMethod, int Resilient, int Excluded, int AdminsWithoutMfa)
{
    public double? RegisteredRatio => Numbers.Ratio(SingleMethod + Resilient, TotalUsers - Excluded);

    public double? ResilientRatio => Numbers.Ratio(Resilient, TotalUsers - Excluded);
}
