using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Reports;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator.State;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Features.CustomerReports;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.CustomerReports;

/// <summary>The recurring customer report run against the Graph simulator: who gets a mail, in which language, with which figures.</summary>
[Collection(ReminderAppCollection.Name)]
public sealed partial class CustomerReportJobTests(ReminderAppFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_SendsOneMailPerOptedInTenantInItsLanguage_WithTheDatabasesFigures_Audited_AndNothingAgainInTheSamePeriod()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string Address(string who) => $"{who}-{run}@customer.example";
        var paused = fixture.Simulator.State.GetTenantSummaries()[2];
        var (offboardedId, notOptedInId) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = fixture.CreateDbContext())
        {
            var pausedTenant = new Tenant(paused.Id, paused.DisplayName, paused.DefaultDomain, ContractOwner.Msp, SupportedLanguage.English, TestClock.Now);
            pausedTenant.PausePolling();
            var offboarded = new Tenant(offboardedId, "Offboarded Ltd", "offboarded.example", ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now);
            offboarded.Offboard(TestClock.Now);
            var notOptedIn = new Tenant(notOptedInId, "Not Opted In Ltd", "not-opted-in.example", ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now);
            db.AddRange(pausedTenant, offboarded, notOptedIn);
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantA || s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
            db.AddRange(
                Subscription(fixture.TenantA, true, ReportFrequency.Weekly, Address("a-contact"), Address("a-manager")),
                Subscription(fixture.TenantB, true, ReportFrequency.Monthly, Address("b-contact")),
                Subscription(paused.Id, true, ReportFrequency.Weekly, Address("paused")),
                Subscription(offboardedId, true, ReportFrequency.Weekly, Address("offboarded")),
                Subscription(notOptedInId, false, ReportFrequency.Weekly, Address("not-opted-in")));
            await db.SaveChangesAsync(cancellation);
        }

        try
        {
            await RunJobAsync();
            var mails = Mails(run);

            Assert.Equal(3, mails.Count);
            Assert.Equal([Address("a-contact"), Address("a-manager"), Address("b-contact")], mails.SelectMany(m => m.ToRecipients).Order());
            Assert.All(mails.Where(m => m.ToRecipients.Contains(Address("a-contact")) || m.ToRecipients.Contains(Address("a-manager"))),
                mail => Assert.StartsWith("MFA-rapport voor", mail.Subject, StringComparison.Ordinal));
            var french = Assert.Single(mails, m => m.ToRecipients.Contains(Address("b-contact")));
            Assert.StartsWith("Rapport MFA pour", french.Subject, StringComparison.Ordinal);
            Assert.Contains($"/tenants/{fixture.TenantB}", french.Content, StringComparison.Ordinal);

            foreach (var (tenantId, mail) in new[] { (fixture.TenantA, mails.First(m => m.ToRecipients.Contains(Address("a-contact")))), (fixture.TenantB, french) })
            {
                var expected = await FiguresInDatabaseAsync(tenantId);
                Assert.Equal(expected, FiguresIn(mail.Content));
                await using var db = fixture.CreateDbContext();
                var audited = await db.AuditEntries.AsNoTracking()
                    .Where(e => e.Action == CustomerReportSender.AuditAction && e.TenantId == tenantId).OrderByDescending(e => e.Id).FirstAsync(cancellation);
                Assert.Contains(run, audited.After, StringComparison.Ordinal);
                Assert.Equal(expected, JsonSerializer.Deserialize<AuditedReport>(audited.After!, JsonSerializerOptions.Web)!.Figures);
                var stored = await db.CustomerReportSubscriptions.AsNoTracking().SingleAsync(s => s.TenantId == tenantId, cancellation);
                Assert.Equal(expected, stored.LastSentFigures);
            }

            await RunJobAsync();

            Assert.Equal(3, Mails(run).Count);
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Tenants.Where(t => t.Id == paused.Id || t.Id == offboardedId || t.Id == notOptedInId).ExecuteDeleteAsync(cancellation);
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantA || s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
        }
    }

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
            // The sender mailbox lives in tenant A (Reminders:SenderTenantId). Reminders that earlier tests queued send from
            // it too: one still sending in the background would take the injected failure meant for the report.
            await WaitUntil.TrueAsync("the reminders queued by earlier tests are sent",
                async ct =>
                {
                    await using var db = fixture.CreateDbContext();
                    return !await db.Reminders.AnyAsync(reminder => reminder.Outcome == null, ct);
                }, TimeSpan.FromMinutes(3), cancellation);
            fixture.Simulator.State.Faults.FailNext(fixture.TenantA, 1, 403, method: "POST", pathContains: "sendMail");
            await RunJobAsync();

            Assert.Empty(Mails(run));
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

            Assert.Single(Mails(run));
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

    private static CustomerReportSubscription Subscription(Guid tenantId, bool enabled, ReportFrequency frequency, params string[] recipients)
    {
        var subscription = new CustomerReportSubscription(tenantId);
        subscription.Configure(enabled, frequency, recipients);
        return subscription;
    }

    private async Task RunJobAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendDueCustomerReportsJob>().RunAsync(cancellation);
    }

    private List<SentMail> Mails(string run) =>
        [.. fixture.Simulator.State.Outbox.Where(mail => mail.ToRecipients.Any(to => to.Contains(run, StringComparison.Ordinal)))];

    /// <summary>Counted here from the users table itself, not through the console's queries.</summary>
    private async Task<ReportFigures> FiguresInDatabaseAsync(Guid tenantId)
    {
        await using var db = fixture.CreateDbContext();
        var users = await db.TenantUsers.AsNoTracking().Where(u => u.TenantId == tenantId && u.RemovedAt == null && u.Status != MfaStatus.Disabled).ToListAsync(cancellation);
        return new ReportFigures(
            users.Count(u => u.Status != MfaStatus.Excluded),
            users.Count(u => u.Status == MfaStatus.Resilient),
            users.Count(u => u.Status is MfaStatus.NotRegistered or MfaStatus.SingleMethod),
            users.Count(u => u.IsAdmin && u.Status == MfaStatus.NotRegistered));
    }

    private static ReportFigures FiguresIn(string html)
    {
        var values = FigureCell().Matches(html).Select(match => int.Parse(Regex.Replace(match.Groups[1].Value, @"\D", ""), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, values.Length);
        return new ReportFigures(values[0], values[1], values[2], values[3]);
    }

    [GeneratedRegex("<td data-figure>([^<]*)</td>")]
    private static partial Regex FigureCell();

    private sealed record AuditedReport(ReportFigures Figures);
}
