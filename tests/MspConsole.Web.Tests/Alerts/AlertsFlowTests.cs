using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Alerts;
using MspConsole.GraphSimulator.State;
using MspConsole.Web.Features.Alerts;
using MspConsole.Web.Tests.Hosting;
using static MspConsole.Web.Tests.Alerts.AlertTestSupport;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>Issue 18's done-when for alerts, against the Graph simulator, the real poll job, Hangfire delivering, a real
/// webhook receiver on loopback and the simulator's outbox: one message per occurrence per channel, one when it clears.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertsFlowTests(AlertsFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminWithoutMfa_AfterAPoll_OneSignedWebhookAndOneMail_AndAfterRegistering_OneResolvedMessageOnEach()
    {
        var run = NewRun();
        var recipient = $"oncall-{run}@msp.example";
        var tenant = fixture.TenantA;
        RegisterEveryAdmin(tenant);
        await fixture.PollAsync(tenant, cancellation);
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        var (created, _, secret) = await PostRuleAsync(admin, new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.AdminWithoutMfa), ["TenantId"] = tenant.ToString(), ["EmailRecipients"] = recipient,
            ["Webhook"] = nameof(WebhookFormat.SignedJson), ["WebhookUrl"] = fixture.Receiver.HookUrl(run), ["Language"] = "en-BE",
        }, cancellation);
        Assert.Equal(System.Net.HttpStatusCode.OK, created.StatusCode);
        Assert.NotNull(secret);
        var ruleId = await WithDbAsync(fixture, db => db.AlertRules.Where(rule => rule.EmailRecipients == recipient).Select(rule => rule.Id).SingleAsync(cancellation));

        await fixture.PollAsync(tenant, cancellation);
        Assert.Empty(await DeliveriesOfAsync(fixture, ruleId));

        // The admin without MFA: a new Global Administrator with only a password.
        var domain = fixture.Simulator.State.GetTenantSummaries()[0].DefaultDomain;
        var newAdmin = fixture.Simulator.State.AddUser(tenant, $"New admin {run}", $"admin-{run}@{domain}", isAdmin: true)!; // ! : the tenant exists.
        await fixture.PollAsync(tenant, cancellation);
        await fixture.PollAsync(tenant, cancellation);

        var fired = await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId), rows => rows.Count == 2 && rows.All(row => row.Status == DeliveryStatus.Delivered), "the fired messages");
        Assert.All(fired, row => Assert.Equal(AlertEvent.Fired, row.Event));
        var hook = Assert.Single(fixture.Receiver.For(run));
        AssertSigned(hook, secret);
        using (var payload = JsonDocument.Parse(hook.Body))
        {
            Assert.Equal("fired", payload.RootElement.GetProperty("event").GetString());
            Assert.Equal(nameof(AlertKind.AdminWithoutMfa), payload.RootElement.GetProperty("alert").GetProperty("kind").GetString());
            Assert.Equal(newAdmin.UserPrincipalName, payload.RootElement.GetProperty("alert").GetProperty("subjectName").GetString());
            Assert.Equal($"https://console.msp.example/tenants/{tenant}", payload.RootElement.GetProperty("link").GetString());
        }

        var mail = Assert.Single(Mails(recipient));
        Assert.StartsWith("Admin without MFA in", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(newAdmin.UserPrincipalName, mail.Content, StringComparison.Ordinal);

        Assert.True(fixture.Simulator.State.RegisterAuthenticator(tenant, newAdmin.Id));
        await fixture.PollAsync(tenant, cancellation);
        var all = await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId), rows => rows.Count == 4 && rows.All(row => row.Status == DeliveryStatus.Delivered), "the resolved messages");
        await fixture.PollAsync(tenant, cancellation);

        Assert.Equal(4, (await DeliveriesOfAsync(fixture, ruleId)).Count);
        Assert.Equal([AlertEvent.Resolved, AlertEvent.Resolved], all.Skip(2).Select(row => row.Event));
        var hooks = fixture.Receiver.For(run);
        Assert.Equal(2, hooks.Count);
        AssertSigned(hooks[1], secret);
        using (var resolved = JsonDocument.Parse(hooks[1].Body))
        {
            Assert.Equal("resolved", resolved.RootElement.GetProperty("event").GetString());
        }

        var mails = Mails(recipient);
        Assert.Equal(2, mails.Count);
        Assert.StartsWith("Resolved: Admin without MFA in", mails[1].Subject, StringComparison.Ordinal);
        var alert = await WithDbAsync(fixture, db => db.Alerts.AsNoTracking().SingleAsync(a => a.RuleId == ruleId, cancellation));
        Assert.False(alert.IsOpen);
        Assert.False(alert.ResolvedQuietly);
    }

    [Fact]
    public async Task TwoPollsInARow_AndTwoEvaluationsAtOnce_OpenOneAlert_AndSendOneMessage()
    {
        var run = NewRun();
        var ruleId = await CreateShareRuleAsync(run);

        await fixture.PollAsync(fixture.TenantB, cancellation);
        await fixture.PollAsync(fixture.TenantB, cancellation);
        await Task.WhenAll(EvaluateAsync(fixture.TenantB), EvaluateAsync(fixture.TenantB), EvaluateAsync(fixture.TenantB));

        var alerts = await WithDbAsync(fixture, db => db.Alerts.AsNoTracking().Where(alert => alert.RuleId == ruleId).ToListAsync(cancellation));
        var open = Assert.Single(alerts);
        Assert.True(open.IsOpen);
        await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId), rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Delivered, "the one message");
        Assert.Single(fixture.Receiver.For(run));
    }

    [Fact]
    public async Task WebhookAnswering500_IsRetriedWithBackOff_AndDeliveredOnce_WhenItAnswers200()
    {
        var run = NewRun();
        fixture.Receiver.AnswerNext(run, 500);
        var ruleId = await CreateShareRuleAsync(run);

        await fixture.PollAsync(fixture.TenantB, cancellation);

        var failed = Assert.Single(await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId),
            rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Failed, "the failed attempt"));
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("500", failed.LastError, StringComparison.Ordinal);
        var storage = fixture.Factory.Services.GetRequiredService<JobStorage>();
        await EventuallyAsync(() => Task.FromResult(storage.GetMonitoringApi().ScheduledJobs(0, 1000)),
            jobs => jobs.Any(job => job.Value.Job.Type == typeof(DeliverAlertJob) && Equals(job.Value.Job.Args[0], failed.Id)), "the retry to be scheduled");
        var retry = typeof(DeliverAlertJob).GetMethod(nameof(DeliverAlertJob.RunAsync))!.GetCustomAttributes(typeof(AutomaticRetryAttribute), false).Cast<AutomaticRetryAttribute>().Single(); // ! : the method exists.
        Assert.Equal([60, 300, 900, 3600], retry.DelaysInSeconds);
        using (var admin = await fixture.Factory.ClientAsync("admin", cancellation))
        {
            var page = await admin.GetStringAsync(new Uri("/admin/alerts", UriKind.Relative), cancellation);
            Assert.Matches($"data-delivery=\"{failed.Id}\"[\\s\\S]*?data-testid=\"delivery-attempts\">1<[\\s\\S]*?data-testid=\"delivery-error\">[^<]*500", page);
        }

        // What Hangfire runs when the retry is due, and a rerun of the same job afterwards.
        await RunDeliveryAsync(failed.Id);
        await RunDeliveryAsync(failed.Id);

        var delivered = Assert.Single(await DeliveriesOfAsync(fixture, ruleId));
        Assert.Equal(DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(2, delivered.Attempts);
        Assert.Null(delivered.LastError);
        var hooks = fixture.Receiver.For(run);
        Assert.Equal(2, hooks.Count);
        Assert.All(hooks, hook => Assert.Equal(failed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), hook.Headers["X-MspConsole-Delivery"]));
    }

    [Fact]
    public async Task ConsentLost_FiresOnceAfterThePoll_AndResolvesOnceWhenAPollSucceedsAgain()
    {
        var run = NewRun();
        var summary = fixture.Simulator.State.GetTenantSummaries()[2];
        var simulated = fixture.Simulator.State.FindTenant(summary.Id)!; // ! : listed just above.
        simulated.Consented = true;
        await using (var db = fixture.CreateDbContext())
        {
            if (!await db.Tenants.AnyAsync(t => t.Id == summary.Id, cancellation))
            {
                db.Tenants.Add(new Core.Tenants.Tenant(summary.Id, summary.DisplayName, summary.DefaultDomain, Core.Tenants.ContractOwner.Msp, Core.Tenants.SupportedLanguage.Dutch, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync(cancellation);
            }
        }

        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        var (_, _, secret) = await PostRuleAsync(admin, new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.ConsentProblem), ["TenantId"] = summary.Id.ToString(),
            ["Webhook"] = nameof(WebhookFormat.SignedJson), ["WebhookUrl"] = fixture.Receiver.HookUrl(run), ["Language"] = "nl-BE",
        }, cancellation);
        Assert.NotNull(secret);
        var ruleId = await WithDbAsync(fixture, db => db.AlertRules.Where(rule => rule.WebhookUrl!.Contains(run)).Select(rule => rule.Id).SingleAsync(cancellation)); // ! : a webhook rule.
        await fixture.PollAsync(summary.Id, cancellation);
        Assert.Empty(await DeliveriesOfAsync(fixture, ruleId));

        simulated.Consented = false;
        await fixture.PollAsync(summary.Id, cancellation);
        await fixture.PollAsync(summary.Id, cancellation);
        await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId), rows => rows.Count == 1 && rows[0].Status == DeliveryStatus.Delivered, "the consent alert");
        simulated.Consented = true;
        await fixture.PollAsync(summary.Id, cancellation);
        var rows = await EventuallyAsync(() => DeliveriesOfAsync(fixture, ruleId), rows => rows.Count == 2 && rows.All(row => row.Status == DeliveryStatus.Delivered), "the resolved message");

        Assert.Equal([AlertEvent.Fired, AlertEvent.Resolved], rows.Select(row => row.Event));
        var hooks = fixture.Receiver.For(run);
        Assert.Equal(2, hooks.Count);
        Assert.All(hooks, hook => AssertSigned(hook, secret));
        using var fired = JsonDocument.Parse(hooks[0].Body);
        Assert.Equal(nameof(AlertKind.ConsentProblem), fired.RootElement.GetProperty("alert").GetProperty("kind").GetString());
        Assert.StartsWith("Toestemming kwijt in", fired.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private async Task<Guid> CreateShareRuleAsync(string run)
    {
        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        var (response, _, secret) = await PostRuleAsync(admin, new Dictionary<string, string>
        {
            ["Kind"] = nameof(AlertKind.ResilientShareLow), ["Threshold"] = "100", ["TenantId"] = fixture.TenantB.ToString(),
            ["Webhook"] = nameof(WebhookFormat.SignedJson), ["WebhookUrl"] = fixture.Receiver.HookUrl(run), ["Language"] = "fr-BE",
        }, cancellation);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(secret);
        return await WithDbAsync(fixture, db => db.AlertRules.Where(rule => rule.WebhookUrl!.Contains(run)).Select(rule => rule.Id).SingleAsync(cancellation)); // ! : a webhook rule.
    }

    private async Task EvaluateAsync(Guid tenantId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertEvaluator>().EvaluateTenantAsync(tenantId, cancellation);
    }

    private async Task RunDeliveryAsync(long deliveryId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeliverAlertJob>().RunAsync(deliveryId, cancellation);
    }

    private void RegisterEveryAdmin(Guid tenantId)
    {
        foreach (var user in fixture.Simulator.State.GetUsers(tenantId)!.Where(user => user.IsAdmin && user.Methods.Count <= 1)) // ! : the tenant exists.
        {
            fixture.Simulator.State.RegisterAuthenticator(tenantId, user.Id);
        }
    }

    private List<SentMail> Mails(string recipient) =>
        [.. fixture.Simulator.State.Outbox.Where(mail => mail.ToRecipients.Contains(recipient, StringComparer.OrdinalIgnoreCase))];
}
