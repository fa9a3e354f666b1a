using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Reports;
using MspConsole.Web.Features.CustomerReports;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Reminders;
using static MspConsole.Web.Tests.CustomerReports.CustomerReportJobTests;

namespace MspConsole.Web.Tests.CustomerReports;

/// <summary>A failed report send and its retry, on an app of its own: in the shared reminders app, a reminder of another test
/// still sending from the same mailbox could take the one sendMail failure injected for the report.</summary>
public sealed class CustomerReportRetryTests(ReminderAppFixture fixture) : IClassFixture<ReminderAppFixture>
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_WhenSendMailFails_RecordsAndAuditsTheFailure_ShowsItOnTheAdminPage_AndTheScheduledRetrySendsIt()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var recipient = $"failing-{run}@customer.example";
        await using (var db = fixture.CreateDbContext())
        {
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
            db.Add(Subscription(fixture.TenantB, true, ReportFrequency.Monthly, recipient));
            await db.SaveChangesAsync(cancellation);
        }

        try
        {
            // The sender mailbox lives in tenant A (Reminders:SenderTenantId).
            fixture.Simulator.State.Faults.FailNext(fixture.TenantA, 1, 403, method: "POST", pathContains: "sendMail");
            await RunJobAsync(fixture, cancellation);

            Assert.Empty(Mails(fixture, run));
            await using (var db = fixture.CreateDbContext())
            {
                var stored = await db.CustomerReportSubscriptions.AsNoTracking().SingleAsync(s => s.TenantId == fixture.TenantB, cancellation);
                Assert.Null(stored.LastSentPeriod);
                Assert.Contains("PermissionMissing", stored.LastFailure, StringComparison.Ordinal);
                var audited = await db.AuditEntries.AsNoTracking()
                    .Where(e => e.Action == CustomerReportSender.AuditAction && e.TenantId == fixture.TenantB).OrderByDescending(e => e.Id).FirstAsync(cancellation);
                Assert.Equal(Core.Audit.AuditOutcome.Failed, audited.Outcome);
                Assert.Contains(recipient, audited.After, StringComparison.Ordinal);
            }

            var scheduled = fixture.Factory.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().ScheduledJobs(0, 1000);
            Assert.Contains(scheduled, job => job.Value.Job.Type == typeof(SendCustomerReportJob) && Equals(job.Value.Job.Args[0], fixture.TenantB));
            using (var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation))
            {
                var adminPage = await client.GetStringAsync(new Uri($"/admin/tenants/{fixture.TenantB}", UriKind.Relative), cancellation);
                Assert.Contains("data-testid=\"customer-report-failure\"", adminPage, StringComparison.Ordinal);
                Assert.Contains("PermissionMissing", adminPage, StringComparison.Ordinal);
            }

            // What Hangfire runs when the scheduled retry is due.
            await using (var scope = fixture.Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SendCustomerReportJob>().RunAsync(fixture.TenantB, cancellation);
            }

            Assert.Single(Mails(fixture, run));
            await using (var db = fixture.CreateDbContext())
            {
                var stored = await db.CustomerReportSubscriptions.AsNoTracking().SingleAsync(s => s.TenantId == fixture.TenantB, cancellation);
                Assert.Null(stored.LastFailure);
                Assert.NotNull(stored.LastSentPeriod);
            }
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
        }
    }
}
