using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

public sealed record TenantViewModel(
    TenantHeader Tenant,
    UserCounts Counts,
    IReadOnlyList<MethodUsage> Methods,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<PollRunRow> PollRuns,
    IReadOnlyList<TenantUserRow> CriticalAdmins,
    TenantUserPage Users);
