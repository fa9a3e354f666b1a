using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.Web.Features.Actions;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Actions;

/// <summary>Turning four-eyes approval off is itself a high-risk change: one admin can only ask, a second admin approves.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class FourEyesPolicyTests(ActionsWebFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task OneAdmin_CannotSwitchFourEyesOffAndIssueAPassAlone_UntilASecondAdminApproves()
    {
        var tenant = fixture.Foreign;
        var policy = $"/tenants/{tenant}/actions/policy";
        var userId = await fixture.AddUserAsync(tenant, (Core.Graph.PhoneType.Mobile, "+32 470555555"));
        using var ada = await fixture.Factory.ClientAsync(DevelopmentPersonas.Admin.Key, cancellation);
        ada.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        using var bert = await fixture.Factory.ClientAsync(DevelopmentPersonas.SecondAdmin.Key, cancellation);
        try
        {
            using var asked = await ada.PostFormAsync(policy, [new("requireFourEyes", "false"), new("reason", "Customer wants speed")], cancellation, policy);
            var pass = await IssuePassAsync(ada, tenant, userId);
            using var ownApproval = await ada.PostFormAsync($"{policy}/approve", [], cancellation, policy);

            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.Contains("data-testid=\"switch-off-pending\"", await ada.GetStringAsync(new Uri(policy, UriKind.Relative), cancellation), StringComparison.Ordinal);
            Assert.Contains("data-testid=\"request-waiting\"", pass, StringComparison.Ordinal);
            Assert.Empty(fixture.MutationsFor(userId));
            Assert.Equal(HttpStatusCode.Conflict, ownApproval.StatusCode);
            Assert.Contains("You asked for this action yourself", WebUtility.HtmlDecode(await ownApproval.Content.ReadAsStringAsync(cancellation)), StringComparison.Ordinal);
            Assert.Contains("data-testid=\"four-eyes-state\">On", await ada.GetStringAsync(new Uri(policy, UriKind.Relative), cancellation), StringComparison.Ordinal);

            using var approved = await bert.PostFormAsync($"{policy}/approve", [], cancellation, policy);

            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            Assert.Contains("data-testid=\"four-eyes-state\">Off", await ada.GetStringAsync(new Uri(policy, UriKind.Relative), cancellation), StringComparison.Ordinal);
            await using var db = fixture.Database.CreateContext();
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.TenantId == tenant && e.Action == FourEyesPolicyController.AuditAction)
                .OrderBy(e => e.Id).Select(e => new { e.Outcome, e.ActorUpn }).ToListAsync(cancellation);
            Assert.Equal([(AuditOutcome.Requested, DevelopmentPersonas.Admin.UserPrincipalName), (AuditOutcome.Approved, DevelopmentPersonas.SecondAdmin.UserPrincipalName)],
                entries.TakeLast(2).Select(e => (e.Outcome, e.ActorUpn)));
        }
        finally
        {
            using var restored = await ada.PostFormAsync(policy, [new("requireFourEyes", "true"), new("reason", "Back on")], cancellation, policy);
        }
    }

    private async Task<string> IssuePassAsync(HttpClient client, Guid tenant, string userId)
    {
        var url = $"/tenants/{tenant}/users/{userId}/actions/temporary-access-pass";
        var confirm = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);
        using var response = await client.PostFormAsync(url, [new("confirmed", "true"), new("idempotencyKey", ActionsWebFixture.Field(confirm, "idempotencyKey")),
            new("reason", "Phone lost"), new("lifetimeMinutes", "60"), new("callerVerification", "Called back on a phone number already registered for the user")], cancellation, url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location, cancellation);
    }
}
