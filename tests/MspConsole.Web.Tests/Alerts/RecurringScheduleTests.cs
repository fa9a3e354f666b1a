using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>Where the job server runs, every recurring job is scheduled in UTC under its stable id, the features' own included.</summary>
[Collection(AlertsCollection.Name)]
public sealed class RecurringScheduleTests(AlertsFixture fixture)
{
    [Fact]
    public void JobServer_SchedulesThePoll_TheCampaigns_TheAlertEvaluation_AndTheCustomerReports()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var recurring = connection.GetRecurringJobs().ToDictionary(job => job.Id);

        Assert.Superset(new HashSet<string> { "poll-all-tenants", "reminder-campaigns", "evaluate-alerts", "customer-reports" }, recurring.Keys.ToHashSet());
        Assert.Equal("0 0 1 1 *", recurring["evaluate-alerts"].Cron); // the fixture's Alerts:EvaluateCron
        Assert.All(recurring.Values, job => Assert.Equal("UTC", job.TimeZoneId));
    }
}
