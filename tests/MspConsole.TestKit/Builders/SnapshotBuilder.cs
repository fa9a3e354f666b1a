using MspConsole.Core.Snapshots;

namespace MspConsole.TestKit.Builders;

/// <summary>Daily snapshots for trend charts: a series that improves from a starting share to a final one.</summary>
public static class SnapshotBuilder
{
    public static TenantSnapshot Day(Guid tenantId, DateOnly day, int totalUsers, int notRegistered, int singleMethod, int adminsWithoutMfa = 0)
    {
        var snapshot = new TenantSnapshot(tenantId, day);
        var resilient = totalUsers - notRegistered - singleMethod;
        snapshot.Record(
            new SnapshotCounts(totalUsers, notRegistered, singleMethod, resilient, 0, adminsWithoutMfa, resilient + singleMethod / 2, resilient + singleMethod / 2, totalUsers / 4, totalUsers / 10, totalUsers / 20, 0),
            new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        return snapshot;
    }

    public static IEnumerable<TenantSnapshot> ImprovingSeries(Guid tenantId, int days, int totalUsers, double startRegistered, double endRegistered)
    {
        var today = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);
        for (var index = 0; index < days; index++)
        {
            var share = startRegistered + ((endRegistered - startRegistered) * index / Math.Max(1, days - 1));
            var registered = (int)Math.Round(totalUsers * share);
            var single = registered / 3;
            yield return Day(tenantId, today.AddDays(index - days + 1), totalUsers, totalUsers - registered, single);
        }
    }
}
