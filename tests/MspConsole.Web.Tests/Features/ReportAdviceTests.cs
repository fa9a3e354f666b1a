using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Tests.Features;

public sealed class ReportAdviceTests
{
    [Fact]
    public void For_AdminsWithoutMfaAndNoEnforcement_PutsThoseFirstWithTheirFigures()
    {
        var lines = ReportAdvice.For(new UserCounts(Users: 100, NotRegistered: 10, SingleMethod: 20, Resilient: 65, Excluded: 5, Admins: 4, AdminsWithoutMfa: 2), Enforcement.None);

        Assert.Equal(5, lines.Count);
        Assert.StartsWith("Administrators without MFA", lines[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, lines[0].Figure);
        Assert.StartsWith("MFA is not enforced", lines[1].Text, StringComparison.Ordinal);
        Assert.Equal([10, 20, 5], lines.Skip(2).Select(line => line.Figure));
    }

    [Fact]
    public void For_EveryoneResilientAndEnforced_SaysNothingToDo()
    {
        var line = Assert.Single(ReportAdvice.For(new UserCounts(50, 0, 0, 50, 0, 3, 0), Enforcement.SecurityDefaults));

        Assert.StartsWith("Nothing to do", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_EveryFourteenDays_KeepsTheLatestAndEveryFourteenthDayBack()
    {
        var today = new DateOnly(2026, 11, 27);
        var trend = Enumerable.Range(0, 180).Select(back => new TrendPoint(today.AddDays(back - 179), 10, 1, 2, 7, 0, 0)).ToList();

        var sampled = ReportTrend.Sample(trend, 14);

        Assert.Equal(13, sampled.Count);
        Assert.Equal(today, sampled[^1].Day);
        Assert.All(sampled.Zip(sampled.Skip(1)), pair => Assert.Equal(14, pair.Second.Day.DayNumber - pair.First.Day.DayNumber));
    }
}
