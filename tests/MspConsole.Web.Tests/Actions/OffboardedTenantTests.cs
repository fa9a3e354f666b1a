using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Actions;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Features.Actions;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Actions;

/// <summary>
/// An offboarded tenant is inert except for its history: every acting route refuses with a clear message, and neither
/// Microsoft 365 (the simulator's ground truth: requests and writes) nor the database (audit, reminders, requests,
/// receipts) changes. Work filed before the offboarding is refused where it runs.
/// </summary>
[Collection(InertTenantsCollection.Name)]
public sealed class OffboardedTenantTests(InertTenantsFixture fixture)
{
    private const string Offboarded = "data-standing=\"offboarded\"";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public static TheoryData<string> Segments() => [.. ActionRoutes.All];

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task ActionRoute_OfAnOffboardedTenant_IsRefusedWithAClearMessage_AndNothingChanges(string segment)
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        var url = $"/tenants/{fixture.Offboarded}/users/{fixture.OffboardedUser}/actions/{segment}";
        var graphBefore = fixture.GraphTraffic(fixture.Offboarded);
        var writesBefore = await fixture.WritesAsync(fixture.Offboarded);

        using var shown = await client.GetAsync(new Uri(url, UriKind.Relative), cancellation);
        using var userPageFirstPost = await client.PostFormAsync(url, [new("method", "mobilePhone")], cancellation);
        using var confirmed = await client.PostFormAsync(url, ConfirmedFields(), cancellation);

        foreach (var response in new[] { shown, userPageFirstPost, confirmed })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(cancellation);
            Assert.Contains("data-testid=\"tenant-refused\"", html, StringComparison.Ordinal);
            Assert.Contains(Offboarded, html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"confirm-form\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(graphBefore, fixture.GraphTraffic(fixture.Offboarded));
        Assert.Equal(writesBefore, await fixture.WritesAsync(fixture.Offboarded));
    }

    [Theory]
    [InlineData("exclude")]
    [InlineData("include")]
    public async Task BulkAction_OfAnOffboardedTenant_IsRefused_AndNoUserChanges(string segment)
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var writesBefore = await fixture.WritesAsync(fixture.Offboarded);
        var statusBefore = await StatusAsync();

        using var response = await client.PostFormAsync($"/tenants/{fixture.Offboarded}/actions/bulk/{segment}",
            [new("objectIds", fixture.OffboardedUser), new("reason", "Break-glass"), new("confirmed", "true"), new("idempotencyKey", Guid.NewGuid().ToString())], cancellation);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(Offboarded, await response.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        Assert.Equal(writesBefore, await fixture.WritesAsync(fixture.Offboarded));
        Assert.Equal(statusBefore, await StatusAsync());
    }

    [Fact]
    public async Task Reminders_ToAnOffboardedTenant_AreRefused_AndNoBatchIsQueuedNorMailSent()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var writesBefore = await fixture.WritesAsync(fixture.Offboarded);
        var outbox = fixture.Simulator.Outbox.Count;
        var tenant = $"/tenants/{fixture.Offboarded}";

        using var single = await client.PostFormAsync($"{tenant}/users/{fixture.OffboardedUser}/actions/send-reminder", [new("reason", "INC-3")], cancellation);
        using var selection = await client.PostFormAsync($"{tenant}/actions/bulk/reminders", [new("reason", "INC-3"), new("objectIds", fixture.OffboardedUser)], cancellation);
        using var all = await client.PostFormAsync($"{tenant}/reminders/send-all", [new("reason", "INC-3")], cancellation);

        foreach (var response in new[] { single, selection, all })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains(Offboarded, await response.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        }

        Assert.Equal(writesBefore, await fixture.WritesAsync(fixture.Offboarded));
        Assert.Equal(outbox, fixture.Simulator.Outbox.Count);
    }

    [Fact]
    public async Task ReRead_OfAnOffboardedTenant_ReadsNothingFromGraph_AndSaysSo()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var userPage = $"/tenants/{fixture.Offboarded}/users/{fixture.OffboardedUser}";
        var graphBefore = fixture.GraphTraffic(fixture.Offboarded);

        using var response = await client.PostFormAsync($"{userPage}/refresh", [], cancellation, userPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(userPage, UriKind.Relative), cancellation));
        Assert.Contains("This tenant is offboarded: nothing was read from Microsoft 365.", page, StringComparison.Ordinal);
        Assert.Equal(graphBefore, fixture.GraphTraffic(fixture.Offboarded));
    }

    [Fact]
    public async Task UserPage_OfAnOffboardedTenant_KeepsItsHistory_ButOffersNoAction()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        var page = await client.GetStringAsync(new Uri($"/tenants/{fixture.Offboarded}/users/{fixture.OffboardedUser}", UriKind.Relative), cancellation);

        Assert.Contains(Offboarded, page, StringComparison.Ordinal);
        Assert.Contains(fixture.OffboardedUserUpn, page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-testid=\"user-actions\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"refresh-user\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/actions/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DoesNotListUsersOfAnOffboardedTenant()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var pausedUpn = fixture.Simulator.GetUser(fixture.Paused, fixture.PausedUser)!.UserPrincipalName;

        var offboarded = await client.GetStringAsync(new Uri($"/search?q={Uri.EscapeDataString(fixture.OffboardedUserUpn[..12])}", UriKind.Relative), cancellation);
        var paused = await client.GetStringAsync(new Uri($"/search?q={Uri.EscapeDataString(pausedUpn[..12])}", UriKind.Relative), cancellation);

        Assert.DoesNotContain(fixture.OffboardedUser, offboarded, StringComparison.Ordinal);
        Assert.Contains(fixture.PausedUser, paused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovingARequestFiledBeforeTheOffboarding_IsRefusedByTheActionService_AndIssuesNoPass()
    {
        using var approver = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        using var requester = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        requester.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var graphBefore = fixture.GraphTraffic(fixture.Offboarded);

        // Approval only clears the pass for its requester; issuing it is what would reach Graph, and that is refused.
        using var approved = await approver.PostFormAsync($"/approvals/{fixture.RequestFiledBeforeOffboarding}/approve", [], cancellation, "/approvals");
        var requestPage = $"/approvals/{fixture.RequestFiledBeforeOffboarding}";
        using var response = await requester.PostFormAsync($"{requestPage}/issue", [], cancellation, requestPage);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("This tenant is offboarded", html, StringComparison.Ordinal);
        Assert.Equal(graphBefore, fixture.GraphTraffic(fixture.Offboarded));
        await using var db = fixture.Database.CreateContext();
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).FirstAsync(e => e.TenantId == fixture.Offboarded, cancellation);
        Assert.Equal(AuditOutcome.Failed, last.Outcome);
        Assert.StartsWith(nameof(ActionFailureReason.TenantOffboarded), last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReminderBatchQueuedBeforeTheOffboarding_SkipsEveryReminder_AndSendsNoMail()
    {
        var outbox = fixture.Simulator.Outbox.Count;
        var graphBefore = fixture.GraphTraffic(fixture.Offboarded);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<ReminderBatchProcessor>().ProcessAsync(fixture.BatchQueuedBeforeOffboarding, cancellation);

        await using var db = fixture.Database.CreateContext();
        var reminder = await db.Reminders.AsNoTracking().SingleAsync(r => r.BatchId == fixture.BatchQueuedBeforeOffboarding, cancellation);
        Assert.Equal(ReminderOutcome.Skipped, reminder.Outcome);
        Assert.Equal(ReminderReasons.TenantOffboarded, reminder.Error);
        Assert.Equal(outbox, fixture.Simulator.Outbox.Count);
        Assert.Equal(graphBefore, fixture.GraphTraffic(fixture.Offboarded));
    }

    [Fact]
    public async Task RefreshJobQueuedBeforeTheOffboarding_ReadsNothingFromGraph()
    {
        var graphBefore = fixture.GraphTraffic(fixture.Offboarded);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        await ActivatorUtilities.CreateInstance<PollUserJob>(scope.ServiceProvider).RunAsync(fixture.Offboarded, fixture.OffboardedUser, cancellation);

        Assert.Equal(graphBefore, fixture.GraphTraffic(fixture.Offboarded));
    }

    [Fact]
    public async Task RemindingEveryTenant_LeavesOffboardedAndPausedTenantsOut()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(null, null, cancellation);
        var batch = await scope.ServiceProvider.GetRequiredService<ReminderRequests>().ForPlanAsync(ReminderTarget.AllTenants, null, plan, "Quarterly",
            new AuditActor(DevelopmentPersonas.Admin.ObjectId, DevelopmentPersonas.Admin.UserPrincipalName, "Admin"), cancellation);

        await scope.ServiceProvider.GetRequiredService<ReminderBatchProcessor>().ProcessAsync(batch.Id, cancellation);

        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Reminders.AnyAsync(r => r.BatchId == batch.Id && (r.TenantId == fixture.Offboarded || r.TenantId == fixture.Paused), cancellation));
    }

    private async Task<string> StatusAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return (await db.TenantUsers.AsNoTracking().SingleAsync(u => u.TenantId == fixture.Offboarded && u.ObjectId == fixture.OffboardedUser, cancellation)).Status.ToString();
    }

    private static List<KeyValuePair<string, string>> ConfirmedFields() =>
    [
        new("confirmed", "true"),
        new("idempotencyKey", Guid.NewGuid().ToString()),
        new("reason", "Caller lost their phone"),
        new("ticket", "INC-9"),
        new("callerVerification", "Called back on a phone number already registered for the user"),
        new("methodRef", "Phone:e37fc753-ff3b-4958-9484-eaa9425c82bc"),
        new("phoneType", "Mobile"),
        new("phoneNumber", "+32 470 99 99 99"),
        new("lifetimeMinutes", "60"),
    ];
}
