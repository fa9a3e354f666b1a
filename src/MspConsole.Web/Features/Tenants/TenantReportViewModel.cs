using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

public sealed record TenantReportViewModel(
    TenantHeader Tenant,
    UserCounts Counts,
    IReadOnlyList<MethodUsage> Methods,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<TenantUserRow> CriticalAdmins,
    IReadOnlyList<ReportUserGroup> NeedAction,
    IReadOnlyList<TenantUserRow>? Appendix,
    DateTimeOffset GeneratedAt);
