using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

public sealed record MethodUsage(string Name, int Users, bool CountsForMfa);

public sealed record TrendPoint(DateOnly Day, int TotalUsers, int NotRegistered, int SingleMethod, int Resilient, int Excluded, int AdminsWithoutMfa)
{
    public double? RegisteredRatio => Numbers.Ratio(SingleMethod + Resilient, TotalUsers - Excluded);

    public double? ResilientRatio => Numbers.Ratio(Resilient, TotalUsers - Excluded);
}

public sealed record PollRunRow(DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, PollTrigger Trigger, PollOutcome Outcome, DataSource DataSource, int Users, int Pages, int ThrottledRetries, string? Error);

public sealed record TenantViewModel(
    TenantHeader Tenant,
    UserCounts Counts,
    IReadOnlyList<MethodUsage> Methods,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<PollRunRow> PollRuns,
    IReadOnlyList<TenantUserRow> CriticalAdmins,
    TenantUserPage Users);

public sealed record TenantReportViewModel(
    TenantHeader Tenant,
    UserCounts Counts,
    IReadOnlyList<MethodUsage> Methods,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<TenantUserRow> CriticalAdmins,
    IReadOnlyList<ReportUserGroup> NeedAction,
    IReadOnlyList<TenantUserRow>? Appendix,
    DateTimeOffset GeneratedAt);
