using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Tests.Reminders;

public sealed class ReminderSendingTests
{
    private const string HostileName = "<script>alert('x')</script> {{contact}} & \"Zoé\"";
    private const string CustomerContact = "Jan <IT> Peeters, 0470 12 34 56";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_MailIsInOutbox_InUsersPreferredLanguageElseTenants_WithMspContact_AndEncodedNames()
    {
        await using var bed = await ReminderTestBed.StartAsync();
        var tenantId = bed.SenderTenant;
        var hostile = bed.Harness.Simulator.State.AddUser(tenantId, HostileName)!;
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        // A non-compliant user with a preferred language, and a tenant language that differs from it.
        var (withLanguage, userLanguage) = await NonCompliantUserWithPreferredLanguageAsync(bed, tenantId);
        var tenantLanguage = SupportedLanguage.All.First(language => language != userLanguage);
        await SetTenantAsync(tenantId, tenant => tenant.SetLanguage(tenantLanguage), bed);

        var batch = await bed.SendToUsersAsync(tenantId, [withLanguage.Id, hostile.Id.ToString()], cancellation);

        Assert.Equal(2, batch.Sent);
        var outbox = bed.Harness.Simulator.State.Outbox;
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, mail => Assert.Equal(bed.SenderMailbox, mail.Sender, ignoreCase: true));
        var toUser = Assert.Single(outbox, mail => mail.ToRecipients.Contains(withLanguage.Mail!, StringComparer.OrdinalIgnoreCase));
        Assert.Contains($"<html lang=\"{userLanguage}\">", toUser.Content, StringComparison.Ordinal);
        var toHostile = Assert.Single(outbox, mail => mail.ToRecipients.Contains(hostile.UserPrincipalName, StringComparer.OrdinalIgnoreCase));
        Assert.Contains($"<html lang=\"{tenantLanguage}\">", toHostile.Content, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(HostileName), toHostile.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", toHostile.Content, StringComparison.OrdinalIgnoreCase);
        Assert.All(outbox, mail =>
        {
            Assert.Equal("HTML", mail.ContentType, ignoreCase: true);
            Assert.Contains(WebUtility.HtmlEncode(ReminderTestBed.MspContact), mail.Content, StringComparison.Ordinal);
            Assert.Contains("https://myaccount.microsoft.com", mail.Content, StringComparison.Ordinal);
            // Every placeholder filled; the hostile name's own "{{contact}}" stays text.
            Assert.DoesNotContain("{{", mail.Content.Replace(WebUtility.HtmlEncode(HostileName), "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
        var reminders = await bed.RemindersAsync(cancellation);
        Assert.Contains(reminders, r => r.UserObjectId == withLanguage.Id && r.Language == userLanguage && r.Outcome == ReminderOutcome.Sent && r.GraphRequestId is not null);
        Assert.Contains(reminders, r => r.UserObjectId == hostile.Id.ToString() && r.Language == tenantLanguage && r.SenderMailbox == bed.SenderMailbox);
    }

    [Theory]
    [InlineData(SupportedLanguage.Dutch, "Beveiligingsinformatie", "minstens twee methoden")]
    [InlineData(SupportedLanguage.French, "Informations de sécurité", "au moins deux méthodes")]
    [InlineData(SupportedLanguage.English, "Security info", "at least two methods")]
    public async Task Send_CustomerItContract_CarriesTenantsContactLine_AndTheGuideInTheTenantsLanguage(string language, string securityInfo, string twoMethods)
    {
        await using var bed = await ReminderTestBed.StartAsync();
        var tenantId = bed.SenderTenant;
        var user = bed.Harness.Simulator.State.AddUser(tenantId, "Klaas Klant")!;
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        await SetTenantAsync(tenantId, tenant =>
        {
            tenant.SetContract(ContractOwner.CustomerIt, CustomerContact);
            tenant.SetLanguage(language);
        }, bed);

        await bed.SendToUsersAsync(tenantId, [user.Id.ToString()], cancellation);

        var reminder = Assert.Single(await bed.RemindersAsync(cancellation));
        Assert.True(reminder.Outcome == ReminderOutcome.Sent, $"{reminder.Outcome}: {reminder.Error}");
        var mail = Assert.Single(bed.Harness.Simulator.State.Outbox);
        Assert.Contains(WebUtility.HtmlEncode(CustomerContact), mail.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(ReminderTestBed.MspContact), mail.Content, StringComparison.Ordinal);
        Assert.Contains(securityInfo, mail.Content, StringComparison.Ordinal);
        Assert.Contains(twoMethods, mail.Content, StringComparison.Ordinal);
        Assert.Contains("SMS", mail.Content, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Authenticator", mail.Content, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", mail.Content, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
    }

    [Fact]
    public async Task Send_EachRequestWritesExactlyOneAuditEntry_IncludingAFailedOne_AndSkipsRegisteredUsers()
    {
        await using var bed = await ReminderTestBed.StartAsync();
        var tenantId = bed.SenderTenant;
        var first = bed.Harness.Simulator.State.AddUser(tenantId, "Eerste Gebruiker")!;
        var second = bed.Harness.Simulator.State.AddUser(tenantId, "Tweede Gebruiker")!;
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);
        var resilient = await UserIdAsync(bed, tenantId, MfaStatus.Resilient);

        // 1: one user, sent. 2: a selection with a registered user: one sent, one skipped.
        await bed.SendToUsersAsync(tenantId, [first.Id.ToString()], cancellation);
        await bed.SendToUsersAsync(tenantId, [second.Id.ToString(), resilient], cancellation);
        // 3: the tenant's own sender mailbox does not exist: every send fails, still one entry.
        await SetPolicySenderAsync(bed, tenantId, "no-such-mailbox@" + bed.Harness.Simulator.State.FindTenant(tenantId)!.DefaultDomain);
        var failed = await bed.SendToUsersAsync(tenantId, [first.Id.ToString(), second.Id.ToString()], cancellation);

        await using var db = bed.Harness.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellation);
        Assert.Equal(3, entries.Count);
        Assert.Equal(ReminderAuditActions.SendReminder, entries[0].Action);
        Assert.Equal(first.Id.ToString(), entries[0].TargetUserObjectId);
        Assert.True(entries[0].Outcome == AuditOutcome.Succeeded, $"{entries[0].Outcome}: {entries[0].Error}");
        Assert.NotNull(entries[0].GraphRequestId);
        Assert.Equal("INC-42 MFA drive", entries[0].Reason);
        Assert.Equal(ReminderTestBed.Helpdesk.Upn, entries[0].ActorUpn);
        Assert.Equal(ReminderAuditActions.SendReminders, entries[1].Action);
        Assert.Contains("\"sent\":1", entries[1].After, StringComparison.Ordinal);
        Assert.Contains("\"skipped\":1", entries[1].After, StringComparison.Ordinal);
        Assert.Equal(AuditOutcome.Failed, entries[2].Outcome);
        Assert.Contains("\"failed\":2", entries[2].After, StringComparison.Ordinal);
        Assert.Contains("2 of 2 failed", entries[2].Error, StringComparison.Ordinal);
        Assert.Equal(2, failed.Failed);
        Assert.All(entries, entry => Assert.Equal(tenantId, entry.TenantId));
        Assert.Equal(2, bed.Harness.Simulator.State.Outbox.Count);
        var reminders = await bed.RemindersAsync(cancellation);
        Assert.Contains(reminders, r => r.UserObjectId == resilient && r.Outcome == ReminderOutcome.Skipped && r.Error!.Contains("registered", StringComparison.Ordinal));
        await using var scope = bed.Harness.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IAuditLog>().VerifyAsync(cancellation)).IsIntact);
    }

    [Fact]
    public async Task Process_RunTwice_SendsEachReminderOnce()
    {
        await using var bed = await ReminderTestBed.StartAsync();
        var tenantId = bed.SenderTenant;
        bed.Harness.Simulator.State.AddUser(tenantId, "Eenmalig");
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(tenantId, cancellation);

        var batch = await bed.SendToTenantAsync(tenantId, cancellation);
        await using (var scope = bed.Harness.Services.CreateAsyncScope())
        {
            // What Hangfire does when it runs a job twice.
            await scope.ServiceProvider.GetRequiredService<MspConsole.Infrastructure.Reminders.ReminderBatchProcessor>().ProcessAsync(batch.Id, cancellation);
        }

        Assert.True(batch.Sent > 1);
        Assert.Equal(batch.Sent, bed.Harness.Simulator.State.Outbox.Count);
        Assert.Equal(bed.Harness.Simulator.State.Outbox.Count, bed.Harness.Simulator.State.Outbox.SelectMany(m => m.ToRecipients).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        await using var db = bed.Harness.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(cancellation));
    }

    private static async Task<(DirectoryUser User, string Language)> NonCompliantUserWithPreferredLanguageAsync(ReminderTestBed bed, Guid tenantId)
    {
        await using var db = bed.Harness.CreateDbContext();
        var nonCompliant = (await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && !u.IsGuest && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
            .Select(u => u.ObjectId).ToListAsync()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var client = bed.Harness.Services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenantId);
        await foreach (var page in client.ReadUserPagesAsync(CancellationToken.None))
        {
            foreach (var user in page.Where(u => nonCompliant.Contains(u.Id) && u.Mail is not null && u.AccountEnabled))
            {
                if (SupportedLanguage.FromPreferredLanguage(user.PreferredLanguage) is { } language)
                {
                    return (user, language);
                }
            }
        }

        throw new InvalidOperationException("The dataset has no non-compliant user with a preferred language: pick another seed.");
    }

    private static async Task<string> UserIdAsync(ReminderTestBed bed, Guid tenantId, MfaStatus status)
    {
        await using var db = bed.Harness.CreateDbContext();
        return await db.TenantUsers.Where(u => u.TenantId == tenantId && u.Status == status && !u.IsGuest).Select(u => u.ObjectId).FirstAsync();
    }

    private static async Task SetTenantAsync(Guid tenantId, Action<Tenant> change, ReminderTestBed bed)
    {
        await using var db = bed.Harness.CreateDbContext();
        change(await db.Tenants.SingleAsync(t => t.Id == tenantId));
        await db.SaveChangesAsync();
    }

    private static async Task SetPolicySenderAsync(ReminderTestBed bed, Guid tenantId, string mailbox)
    {
        await using var db = bed.Harness.CreateDbContext();
        var policy = new ReminderPolicy(tenantId);
        policy.Configure(false, 7, 3, true, true, [DayOfWeek.Monday], 7, 16, mailbox);
        db.ReminderPolicies.Add(policy);
        await db.SaveChangesAsync();
    }
}
