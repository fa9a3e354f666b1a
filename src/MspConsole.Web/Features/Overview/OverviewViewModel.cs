using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Overview;

public sealed record OverviewViewModel(
    OverviewInput Input,
    IReadOnlyList<TenantOverviewRow> Rows,
    int MatchingTenants,
    UserCounts Totals,
    int TenantsWithCriticalAdmins,
    int TenantsWithPollProblems,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AccountManagerOption> Managers)
{
    public int PageCount => Math.Max(1, (MatchingTenants + OverviewInput.PageSize - 1) / OverviewInput.PageSize);
}
