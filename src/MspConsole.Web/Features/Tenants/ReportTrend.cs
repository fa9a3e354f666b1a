namespace MspConsole.Web.Features.Tenants;

public static class ReportTrend
{
    /// <summary>One trend point per <paramref name="everyDays"/> days, counted back from the latest, so the printed table stays short.</summary>
    public static IReadOnlyList<TrendPoint> Sample(IReadOnlyList<TrendPoint> trend, int everyDays)
    {
        if (trend.Count == 0)
        {
            return [];
        }

        var last = trend[^1].Day.DayNumber;
        return [.. trend.Where(point => (last - point.Day.DayNumber) % everyDays == 0)];
    }
}
