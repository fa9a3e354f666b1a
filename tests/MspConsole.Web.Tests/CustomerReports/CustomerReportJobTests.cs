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
            await RunJobAsync(fixture, cancellation);
            var mails = Mails(fixture, run);

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

            await RunJobAsync(fixture, cancellation);

            Assert.Equal(3, Mails(fixture, run).Count);
        }
        finally
        {
            await using var db = fixture.CreateDbContext();
            await db.Tenants.Where(t => t.Id == paused.Id || t.Id == offboardedId || t.Id == notOptedInId).ExecuteDeleteAsync(cancellation);
            await db.CustomerReportSubscriptions.Where(s => s.TenantId == fixture.TenantA || s.TenantId == fixture.TenantB).ExecuteDeleteAsync(cancellation);
        }
    }

    internal static CustomerReportSubscription Subscription(Guid tenantId, bool enabled, ReportFrequency frequency, params string[] recipients)
    {
        var subscription = new CustomerReportSubscription(tenantId);
        subscription.Configure(enabled, frequency, recipients);
        return subscription;
    }

    internal static async Task RunJobAsync(ReminderAppFixture fixture, CancellationToken cancellationToken)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendDueCustomerReportsJob>().RunAsync(cancellationToken);
    }

    internal static List<SentMail> Mails(ReminderAppFixture fixture, string run) =>
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
