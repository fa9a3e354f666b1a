using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Actions;

/// <summary>
/// A paused tenant: no scheduled polls, no reminders or campaigns; the helpdesk can still help a caller, and every page
/// that acts says the tenant is paused.
/// </summary>
[Collection(InertTenantsCollection.Name)]
public sealed class PausedTenantTests(InertTenantsFixture fixture)
{
    private const string Paused = "data-standing=\"paused\"";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task HelpdeskAction_OnAPausedTenant_StillWorks_WithTheNoticeOnTheConfirmationPage()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var url = $"/tenants/{fixture.Paused}/users/{fixture.PausedUser}/actions/revoke-sessions";
        var confirm = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);
        Assert.Contains(Paused, confirm, StringComparison.Ordinal);

        using var response = await client.PostFormAsync(url, [new("confirmed", "true"), new("idempotencyKey", ActionsWebFixture.Field(confirm, "idempotencyKey")),
            new("reason", "Caller's laptop stolen"), new("callerVerification", "Called back on a phone number already registered for the user")], cancellation, url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(fixture.Simulator.Mutations, m => m.TenantId == fixture.Paused && m.UserId.ToString() == fixture.PausedUser && m.Action == "revokeSignInSessions");
    }

    [Fact]
    public async Task UserAndTenantPages_OfAPausedTenant_ShowThePausedNotice_AndOfferActionsButNoReminder()
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);

        var user = await client.GetStringAsync(new Uri($"/tenants/{fixture.Paused}/users/{fixture.PausedUser}", UriKind.Relative), cancellation);
        var tenant = await client.GetStringAsync(new Uri($"/tenants/{fixture.Paused}", UriKind.Relative), cancellation);

        Assert.Contains(Paused, user, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-actions\"", user, StringComparison.Ordinal);
        Assert.Contains(Paused, tenant, StringComparison.Ordinal);
        Assert.DoesNotContain("/actions/send-reminder", user, StringComparison.Ordinal);
        Assert.Contains("/actions/bulk/exclude", tenant, StringComparison.Ordinal);
        Assert.DoesNotContain("/actions/bulk/reminders", tenant, StringComparison.Ordinal);
        Assert.DoesNotContain("Remind all non-compliant users", tenant, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Het ophalen voor deze klant is gepauzeerd")]
    [InlineData("fr-BE", "La collecte de ce client est suspendue")]
    [InlineData("en-BE", "Polling of this tenant is paused")]
    public async Task Reminder_ToAPausedTenant_IsRefused_InTheEngineersLanguage_AndNothingIsQueued(string culture, string message)
    {
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var writesBefore = await fixture.WritesAsync(fixture.Paused);
        var userPage = $"/tenants/{fixture.Paused}/users/{fixture.PausedUser}";

        using var response = await client.PostFormAsync($"{userPage}/actions/send-reminder", [new("reason", "INC-4")], cancellation, userPage);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation)), StringComparison.Ordinal);
        Assert.Equal(writesBefore, await fixture.WritesAsync(fixture.Paused));
    }

    [Fact]
    public async Task Campaign_OfAPausedTenant_IsNotDue_AndARunSendsNothing()
    {
        await using (var db = fixture.Database.CreateContext())
        {
            var policy = new ReminderPolicy(fixture.Paused);
            policy.Configure(enabled: true, cadenceDays: 1, maxRemindersPerUser: 3, targetNotRegistered: true, targetSingleMethod: true,
                Enum.GetValues<DayOfWeek>(), sendFromHour: 0, sendToHour: 24, senderMailbox: null);
            db.ReminderPolicies.Add(policy);
            await db.SaveChangesAsync(cancellation);
        }

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ReminderCampaignRunner>();

        Assert.DoesNotContain(fixture.Paused, await runner.DueTenantsAsync(cancellation));
        Assert.Null(await runner.RunTenantAsync(fixture.Paused, cancellation));
        await using var check = fixture.Database.CreateContext();
        Assert.False(await check.Reminders.AnyAsync(r => r.TenantId == fixture.Paused, cancellation));
    }
}
