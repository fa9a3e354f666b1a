using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Reminders;

[Collection(ReminderAppCollection.Name)]
public sealed class ReminderEndpointsTests(ReminderAppFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendReminder_AsHelpdesk_MailInOutbox_OneAuditEntry_AndTheFinishedBatchPage()
    {
        var user = await fixture.NonCompliantUserAsync(fixture.TenantA);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var userPage = $"/tenants/{fixture.TenantA}/users/{user.ObjectId}";
        var auditBefore = await AuditCountAsync(user.ObjectId);

        using var response = await client.PostFormAsync($"{userPage}/actions/send-reminder", [new("reason", "INC-7001 phone replaced")], cancellation, userPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batchUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/reminders/batches/", batchUrl, StringComparison.Ordinal);
        Assert.Contains(fixture.Simulator.State.Outbox, mail => mail.ToRecipients.Contains(user.UserPrincipalName, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(auditBefore + 1, await AuditCountAsync(user.ObjectId));
        await using var db = fixture.CreateDbContext();
        var entry = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync(e => e.TargetUserObjectId == user.ObjectId, cancellation);
        Assert.Equal(ReminderAuditActions.SendReminder, entry.Action);
        Assert.Equal(DevelopmentPersonas.Helpdesk.UserPrincipalName, entry.ActorUpn);
        Assert.Equal("INC-7001 phone replaced", entry.Reason);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        var page = await client.GetStringAsync(new Uri(batchUrl, UriKind.Relative), cancellation);
        Assert.Contains("data-testid=\"batch-sent\">1<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendReminder_AsAccountManager_IsForbidden_AndSendsNothing()
    {
        var user = await fixture.NonCompliantUserAsync(fixture.TenantA);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerNorth.Key, cancellation);
        var outbox = fixture.Simulator.State.Outbox.Count;

        using var single = await client.PostFormAsync($"/tenants/{fixture.TenantA}/users/{user.ObjectId}/actions/send-reminder", [new("reason", "try")], cancellation);
        using var all = await client.PostFormAsync($"/tenants/{fixture.TenantA}/reminders/send-all", [new("reason", "try")], cancellation);
        using var everywhere = await client.PostFormAsync("/reminders/send-all", [new("reason", "try")], cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, single.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, everywhere.StatusCode);
        Assert.Equal(outbox, fixture.Simulator.State.Outbox.Count);
    }

    [Fact]
    public async Task SendReminder_UnknownTenantOrUser_IsNotFound()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        using var tenant = await client.PostFormAsync($"/tenants/{Guid.NewGuid()}/users/someone/actions/send-reminder", [new("reason", "x")], cancellation);
        using var user = await client.PostFormAsync($"/tenants/{fixture.TenantA}/users/{Guid.NewGuid()}/actions/send-reminder", [new("reason", "x")], cancellation);

        Assert.Equal(HttpStatusCode.NotFound, tenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
    }

    [Fact]
    public async Task SendReminder_WithoutAntiforgeryToken_IsRejected_AndSendsNothing()
    {
        var user = await fixture.NonCompliantUserAsync(fixture.TenantA);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var outbox = fixture.Simulator.State.Outbox.Count;

        using var response = await client.PostFormAsync($"/tenants/{fixture.TenantA}/users/{user.ObjectId}/actions/send-reminder", [new("reason", "x")], cancellation, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(outbox, fixture.Simulator.State.Outbox.Count);
    }

    [Fact]
    public async Task SendReminder_WithoutReason_IsBadRequest()
    {
        var user = await fixture.NonCompliantUserAsync(fixture.TenantA);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        using var response = await client.PostFormAsync($"/tenants/{fixture.TenantA}/users/{user.ObjectId}/actions/send-reminder", [new("reason", "")], cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RemindSelected_RunsAsAJob_AndTheProgressPageShowsItFinished()
    {
        var first = await fixture.NonCompliantUserAsync(fixture.TenantB);
        var second = await fixture.NonCompliantUserAsync(fixture.TenantB, skip: 1);
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);

        var url = $"/tenants/{fixture.TenantB}/actions/bulk/reminders";
        KeyValuePair<string, string>[] form = [new("reason", "Campaign kick-off"), new("objectIds", first.ObjectId), new("objectIds", second.ObjectId)];
        var batchesBefore = await BatchCountAsync();

        using var preview = await client.PostFormAsync(url, form, cancellation, $"/tenants/{fixture.TenantB}");
        using var wrong = await client.PostFormAsync(url, [.. form, new("confirmCount", "3")], cancellation, $"/tenants/{fixture.TenantB}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"preview-total\" data-total=\"2\"", await preview.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(batchesBefore, await BatchCountAsync());

        using var response = await client.PostFormAsync(url, [.. form, new("confirmCount", "2")], cancellation, $"/tenants/{fixture.TenantB}");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(cancellation));
        var batchUrl = new Uri(response.Headers.Location!.OriginalString, UriKind.Relative);
        var batchId = Guid.Parse(batchUrl.OriginalString.Split('/')[^1]);
        // What the Hangfire worker does with the queued job (the app's own worker may get there first: the batch lock lets one of them send).
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendReminderBatchJob>().RunAsync(batchId, cancellation);
        }

        var page = await PollAsync(() => client.GetStringAsync(batchUrl, cancellation), html => html.Contains("data-testid=\"batch-pending\">0<", StringComparison.Ordinal) && html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal) == false);
        Assert.Contains("data-testid=\"batch-sent\">2<", page, StringComparison.Ordinal);
        Assert.Contains(fixture.Simulator.State.Outbox, mail => mail.ToRecipients.Contains(first.UserPrincipalName, StringComparer.OrdinalIgnoreCase));
        Assert.Contains(fixture.Simulator.State.Outbox, mail => mail.ToRecipients.Contains(second.UserPrincipalName, StringComparer.OrdinalIgnoreCase));
        await using var db = fixture.CreateDbContext();
        Assert.Single(await db.AuditEntries.Where(e => e.After != null && e.After.Contains(batchId.ToString())).ToListAsync(cancellation));
    }

    [Theory]
    [InlineData("am-north", "/reminders", HttpStatusCode.Forbidden)]
    [InlineData("am-north", "/tenants/{A}/reminders/preview", HttpStatusCode.OK)]
    [InlineData("am-north", "/tenants/{B}/reminders/preview", HttpStatusCode.NotFound)]
    [InlineData("am-north", "/tenants/{A}/reminders/policy", HttpStatusCode.Forbidden)]
    [InlineData("helpdesk", "/reminders", HttpStatusCode.OK)]
    [InlineData("helpdesk", "/tenants/{A}/reminders/policy", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/tenants/{A}/reminders/policy", HttpStatusCode.OK)]
    [InlineData("admin", "/tenants/{unknown}/reminders/policy", HttpStatusCode.NotFound)]
    [InlineData("no-role", "/tenants/{A}/reminders/preview", HttpStatusCode.Forbidden)]
    public async Task Page_ForPersona_AnswersTheExpectedStatus(string persona, string route, HttpStatusCode expected)
    {
        using var client = await fixture.Factory.ClientAsync(persona, cancellation);
        var url = route.Replace("{A}", fixture.TenantA.ToString(), StringComparison.Ordinal)
            .Replace("{B}", fixture.TenantB.ToString(), StringComparison.Ordinal)
            .Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PreviewMail_IsSandboxed_AndCarriesTheGuideAndContactLine()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.AccountManagerNorth.Key, cancellation);

        using var response = await client.GetAsync(new Uri($"/tenants/{fixture.TenantA}/reminders/preview/mail?language=fr", UriKind.Relative), cancellation);
        var html = await response.Content.ReadAsStringAsync(cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("https://myaccount.microsoft.com", html, StringComparison.Ordinal);
        Assert.Contains("helpdesk@msp.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavePolicy_AsAdmin_IsAuditedWithBeforeAndAfter()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        var url = $"/tenants/{fixture.TenantB}/reminders/policy";
        KeyValuePair<string, string>[] form =
        [
            new("enabled", "true"), new("cadenceDays", "5"), new("maxRemindersPerUser", "4"), new("targetNotRegistered", "true"),
            new("sendDays", "Monday"), new("sendDays", "Thursday"), new("sendFromHour", "8"), new("sendToHour", "12"),
        ];

        using var first = await client.PostFormAsync(url, form, cancellation, url);
        using var second = await client.PostFormAsync(url, [.. form.Where(f => f.Key != "cadenceDays"), new("cadenceDays", "9")], cancellation, url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await using var db = fixture.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Action == ReminderAuditActions.EditReminderPolicy && e.TenantId == fixture.TenantB).OrderBy(e => e.Id).ToListAsync(cancellation);
        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0].Before);
        Assert.Contains("\"cadenceDays\":5", entries[0].After, StringComparison.Ordinal);
        Assert.Contains("\"cadenceDays\":5", entries[1].Before, StringComparison.Ordinal);
        Assert.Contains("\"cadenceDays\":9", entries[1].After, StringComparison.Ordinal);
        Assert.Contains("Thursday", entries[1].After, StringComparison.Ordinal);
        var policy = await db.ReminderPolicies.AsNoTracking().SingleAsync(p => p.TenantId == fixture.TenantB, cancellation);
        Assert.True(policy.Enabled);
        Assert.False(policy.TargetSingleMethod);
        Assert.Equal(9, policy.CadenceDays);
    }

    [Fact]
    public async Task RemindTenant_ShowsThePreviewOfItsEligibleUsers_AndQueuesNothing_UntilConfirmedWithThatNumber()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var url = $"/tenants/{fixture.TenantA}/reminders/send-all";
        var batchesBefore = await BatchCountAsync();
        int eligible;
        await using (var db = fixture.CreateDbContext())
        {
            eligible = await db.TenantUsers.CountAsync(u => u.TenantId == fixture.TenantA && u.RemovedAt == null && !u.IsGuest
                && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod)
                && !db.Reminders.Any(r => r.TenantId == u.TenantId && r.UserObjectId == u.ObjectId && (r.Outcome == null || r.Outcome == ReminderOutcome.Sent)), cancellation);
        }

        var preview = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);
        using var unconfirmed = await client.PostFormAsync(url, [new("reason", "INC-9 drive")], cancellation);
        using var wrong = await client.PostFormAsync(url, [new("reason", "INC-9 drive"), new("confirmCount", (eligible + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellation);

        Assert.Contains($"data-testid=\"preview-total\" data-total=\"{eligible}\"", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(batchesBefore, await BatchCountAsync());

        using var confirmed = await client.PostFormAsync(url, [new("reason", "INC-9 drive"), new("confirmCount", eligible.ToString(System.Globalization.CultureInfo.InvariantCulture))], cancellation);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var batchId = Guid.Parse(confirmed.Headers.Location!.OriginalString.Split('/')[^1]);
        await using var after = fixture.CreateDbContext();
        Assert.Equal(eligible, await after.Reminders.CountAsync(r => r.BatchId == batchId, cancellation));
    }

    private async Task<int> BatchCountAsync()
    {
        await using var db = fixture.CreateDbContext();
        return await db.ReminderBatches.CountAsync(cancellation);
    }

    private async Task<int> AuditCountAsync(string objectId)
    {
        await using var db = fixture.CreateDbContext();
        return await db.AuditEntries.CountAsync(e => e.TargetUserObjectId == objectId, cancellation);
    }

    private static Task<string> PollAsync(Func<Task<string>> read, Func<string, bool> done) =>
        WaitUntil.ValueAsync("the page shows the job's outcome", async _ => await read() is var value && done(value) ? value : null,
            TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
}
