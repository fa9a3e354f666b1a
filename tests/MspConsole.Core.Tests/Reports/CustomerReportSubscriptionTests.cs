using MspConsole.Core.Reports;

namespace MspConsole.Core.Tests.Reports;

public sealed class CustomerReportSubscriptionTests
{
    // A Monday: ISO week 50 of 2026.
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly ReportFigures Figures = new(100, 80, 15, 1);

    private static CustomerReportSubscription Subscription(ReportFrequency frequency = ReportFrequency.Weekly, params string[] recipients)
    {
        var subscription = new CustomerReportSubscription(Guid.NewGuid());
        subscription.Configure(enabled: true, frequency, recipients.Length == 0 ? ["it@contoso.be"] : recipients);
        return subscription;
    }

    [Fact]
    public void Configure_TrimsAndDropsEmptyAndRepeatedRecipients_IgnoringCase()
    {
        var subscription = Subscription(ReportFrequency.Weekly, " it@contoso.be ", "", "IT@contoso.be", "ceo@contoso.be");

        Assert.Equal(["it@contoso.be", "ceo@contoso.be"], subscription.RecipientList);
    }

    [Theory]
    [InlineData(ReportFrequency.Weekly, "2026-W50")]
    [InlineData(ReportFrequency.Monthly, "2026-12")]
    public void PeriodOf_IsTheIsoWeekOrTheMonth(ReportFrequency frequency, string expected) =>
        Assert.Equal(expected, Subscription(frequency).PeriodOf(Monday));

    [Fact]
    public void PeriodOf_TheFirstDaysOfJanuary_MayBelongToTheLastIsoWeekOfTheYearBefore() =>
        Assert.Equal("2026-W53", Subscription().PeriodOf(new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void IsDue_OncePerPeriod()
    {
        var subscription = Subscription();
        Assert.True(subscription.IsDue(Monday));

        subscription.Sent(Monday, Figures);

        Assert.False(subscription.IsDue(Monday.AddDays(6)));
        Assert.True(subscription.IsDue(Monday.AddDays(7)));
        Assert.Equal((Figures, (DateTimeOffset?)Monday), (subscription.LastSentFigures, subscription.LastSentAt));
    }

    [Fact]
    public void IsDue_NeverWhenDisabledOrWithoutRecipients()
    {
        var disabled = new CustomerReportSubscription(Guid.NewGuid());
        disabled.Configure(enabled: false, ReportFrequency.Weekly, ["it@contoso.be"]);
        var nobody = new CustomerReportSubscription(Guid.NewGuid());
        nobody.Configure(enabled: true, ReportFrequency.Weekly, [" "]);

        Assert.False(disabled.IsDue(Monday));
        Assert.False(nobody.IsDue(Monday));
    }

    [Fact]
    public void Sent_ClearsTheLastFailure_AndFailedCutsItsText()
    {
        var subscription = Subscription();

        subscription.Failed(Monday, new string('e', CustomerReportSubscription.ErrorMaxLength + 1));
        Assert.Equal(CustomerReportSubscription.ErrorMaxLength, subscription.LastFailure?.Length);
        subscription.Sent(Monday.AddHours(1), Figures);

        Assert.Equal(((DateTimeOffset?)null, (string?)null), (subscription.LastFailedAt, subscription.LastFailure));
    }
}
