using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Graph;
using MspConsole.Core.Audit;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Actions;

/// <summary>Actions through HTTP as a browser does them: confirm, act once, anti-forgery, four eyes.</summary>
[Collection(ActionsWebCollection.Name)]
public sealed class ActionsFlowTests(ActionsWebFixture fixture)
{
    private const string Verification = "Called back on a phone number already registered for the user";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task RemoveMethod_ConfirmationShowsTheNumber_ThenTheMethodIsGoneInGraph_WithRequestIdShown()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/remove-method";
        var confirm = await client.GetStringAsync(new Uri(url + "?method=officePhone", UriKind.Relative), cancellation);
        var text = WebUtility.HtmlDecode(confirm);
        Assert.Contains("+32 22223333", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+32 470123456", text, StringComparison.Ordinal);

        using var response = await PostAsync(client, confirm, url, new() { ["methodRef"] = "Phone:e37fc753-ff3b-4958-9484-eaa9425c82bc" });

        var html = await response.Content.ReadAsStringAsync(cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var truth = fixture.Simulator.GetUser(fixture.Own, userId)!;
        Assert.DoesNotContain(truth.Methods, m => m["phoneType"]?.GetValue<string>() == "office");
        var mutation = Assert.Single(fixture.MutationsFor(userId));
        Assert.Contains(mutation.RequestId, html, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.AuditCountAsync(userId));
    }

    [Fact]
    public async Task ResetAuthenticator_ConfirmationSaysHowTheDefaultChanges_ThenTheDefaultIsSwitchedAndTheAppRemoved()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        Assert.True(fixture.Simulator.RegisterAuthenticator(fixture.Own, Guid.Parse(userId), preferred: true));
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/reset-authenticator";

        var confirm = await GetInAsync(client, url, "en-BE");
        var dutch = await GetInAsync(client, url, "nl-BE");

        Assert.Equal("The default method changes: Microsoft Authenticator notification → Text message to the mobile phone.", DefaultChangeLine(confirm));
        Assert.Equal("De standaardmethode wijzigt: Melding in Microsoft Authenticator → Sms naar de gsm.", DefaultChangeLine(dutch));
        Assert.Empty(fixture.MutationsFor(userId));

        using var response = await PostAsync(client, confirm, url, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var truth = fixture.Simulator.GetUser(fixture.Own, userId)!;
        Assert.DoesNotContain(truth.Methods, m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod");
        Assert.Equal("sms", truth.DefaultMethod);
        Assert.Equal(["setPreferredMethod", "deleteMethod"], fixture.MutationsFor(userId).Select(m => m.Action));
        Assert.Equal(1, await fixture.AuditCountAsync(userId));

        static string DefaultChangeLine(string html) => WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"default-change\">([^<]+)<").Groups[1].Value);
    }

    [Theory]
    [InlineData("nl-BE", "Wat er verandert")]
    [InlineData("fr-BE", "Ce qui va changer")]
    [InlineData("en-BE", "What will change")]
    public async Task ConfirmationPage_SpeaksTheEngineersLanguage(string culture, string heading)
    {
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/tenants/{fixture.Own}/users/{fixture.OwnUser}/actions/revoke-sessions", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(culture);

        using var response = await client.SendAsync(request, cancellation);

        Assert.Contains(heading, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-BE", "Microsoft 365 is throttling this tenant right now; try again in a few minutes. Nothing (more) was changed.")]
    [InlineData("nl-BE", "Microsoft 365 beperkt deze klant op dit moment; probeer het over enkele minuten opnieuw. Er werd niets (meer) gewijzigd.")]
    [InlineData("fr-BE", "Microsoft 365 limite ce client en ce moment ; réessayez dans quelques minutes. Rien (de plus) n'a été modifié.")]
    public async Task Action_WhenGraphThrottles_SaysSoInTheWordsEveryPageUses_ThenWhatItMeantForTheAction(string culture, string explanation)
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/revoke-sessions";
        var confirm = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);
        // Exactly the attempts the SDK makes (first try and its retries), so no fault is left over for other tests.
        var attempts = fixture.Factory.Services.GetRequiredService<IOptions<GraphOptions>>().Value.MaxRetries + 1;
        fixture.Simulator.Faults.FailNext(fixture.Own, attempts, 429, retryAfterSeconds: 0);

        using var response = await PostAsync(client, confirm, url, []);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(explanation, html, StringComparison.Ordinal);
        Assert.Empty(fixture.MutationsFor(userId));
        Assert.Null(fixture.Simulator.Faults.Decide(fixture.Own));
    }

    [Fact]
    public async Task ConfirmedAction_WithoutAntiforgeryToken_IsRejected_AndNothingHappens()
    {
        var userId = await fixture.AddUserAsync(fixture.Own);
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["confirmed"] = "true", ["idempotencyKey"] = Guid.NewGuid().ToString(), ["reason"] = "forged",
        });

        using var response = await client.PostAsync(new Uri($"/tenants/{fixture.Own}/users/{userId}/actions/revoke-sessions", UriKind.Relative), form, cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(fixture.MutationsFor(userId));
        Assert.Equal(0, await fixture.AuditCountAsync(userId));
    }

    [Fact]
    public async Task DoubleSubmit_OfTheSameForm_ActsOnce()
    {
        var userId = await fixture.AddUserAsync(fixture.Own);
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/revoke-sessions";
        var confirm = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);

        using var first = await PostAsync(client, confirm, url, []);
        using var second = await PostAsync(client, confirm, url, []);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("action-duplicate", await second.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        Assert.Single(fixture.MutationsFor(userId), m => m.Action == "revokeSignInSessions");
        Assert.Equal(1, await fixture.AuditCountAsync(userId));
    }

    [Fact]
    public async Task MissingCallerVerification_IsAskedFor_AndNothingHappens()
    {
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/correct-phone";
        var confirm = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);

        using var response = await PostAsync(client, confirm, url, new() { ["phoneType"] = "Mobile", ["phoneNumber"] = "+32 471 99 98 88", ["callerVerification"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(fixture.MutationsFor(userId));
        Assert.Equal(0, await fixture.AuditCountAsync(userId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PassWithFourEyes_ApprovedByAColleague_IsIssuedByTheRequester_AsTicked_AndShownOnceNeverStored(bool usableOnce)
    {
        // The pass hand-off's protector checks its expiry on the real clock: the fixture's clock, set when the fixture started, catches up.
        fixture.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var userId = await fixture.AddUserAsync(fixture.Own, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        using var helpdesk = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/users/{userId}/actions/temporary-access-pass";
        var confirm = await helpdesk.GetStringAsync(new Uri(url, UriKind.Relative), cancellation);
        Assert.Contains("needs-approval", confirm, StringComparison.Ordinal);

        // What a browser posts: the checkbox's value only when ticked, then the hidden false, in the order of the form.
        using var requested = await PostAsync(helpdesk, confirm, url, new() { ["lifetimeMinutes"] = "60" }, UsableOnceFields(confirm, usableOnce));
        Assert.Contains("request-waiting", await requested.Content.ReadAsStringAsync(cancellation), StringComparison.Ordinal);
        Assert.Empty(fixture.MutationsFor(userId));
        Guid requestId;
        await using (var db = fixture.Database.CreateContext())
        {
            requestId = (await db.ActionRequests.SingleAsync(r => r.TargetUserObjectId == userId, cancellation)).Id;
        }

        var expectedTerms = usableOnce ? "60 minuten geldig, eenmalig bruikbaar" : "60 minuten geldig, meermaals bruikbaar";
        using var own = await DecideAsync(helpdesk, requestId, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);

        using var admin = await fixture.Factory.ClientAsync("admin", cancellation);
        Assert.Contains(expectedTerms, WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri("/approvals", UriKind.Relative), cancellation)), StringComparison.Ordinal);
        using var approved = await DecideAsync(admin, requestId, "approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal($"/approvals/{requestId}", approved.Headers.Location?.OriginalString);
        Assert.Empty(fixture.MutationsFor(userId));

        // The approver cannot issue it: the pass goes to the engineer who has the caller on the line.
        using var byApprover = await IssueAsync(admin, requestId);
        Assert.Equal($"/approvals/{requestId}?refused=NotYourRequest", byApprover.Headers.Location?.OriginalString);
        Assert.Empty(fixture.MutationsFor(userId));

        using var issued = await IssueAsync(helpdesk, requestId);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal($"/approvals/{requestId}/pass", issued.Headers.Location?.OriginalString);
        using var shown = await helpdesk.GetAsync(issued.Headers.Location, cancellation);
        var html = await shown.Content.ReadAsStringAsync(cancellation);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.True(shown.Headers.CacheControl?.NoStore);
        var pass = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"tap-value\">([^<]+)<").Groups[1].Value);
        Assert.Equal(8, pass.Length);
        Assert.Single(fixture.MutationsFor(userId), m => m.Action == "createTemporaryAccessPass");
        var created = Assert.Single(fixture.Simulator.GetUser(fixture.Own, userId)!.Methods,
            m => m["@odata.type"]!.GetValue<string>() == "#microsoft.graph.temporaryAccessPassAuthenticationMethod");
        Assert.Equal(usableOnce, created["isUsableOnce"]!.GetValue<bool>());

        // Shown once: reloading the page, or issuing again, shows no pass and creates none.
        var reloaded = await helpdesk.GetStringAsync(issued.Headers.Location, cancellation);
        Assert.Contains("pass-already-shown", reloaded, StringComparison.Ordinal);
        Assert.DoesNotContain(pass, reloaded, StringComparison.Ordinal);
        using var again = await IssueAsync(helpdesk, requestId);
        Assert.Equal($"/approvals/{requestId}?refused=NotIssuable", again.Headers.Location?.OriginalString);
        Assert.Single(fixture.MutationsFor(userId), m => m.Action == "createTemporaryAccessPass");

        await using (var db = fixture.Database.CreateContext())
        {
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.TargetUserObjectId == userId).OrderBy(e => e.Id).ToListAsync(cancellation);
            Assert.Equal([AuditOutcome.Requested, AuditOutcome.Approved, AuditOutcome.Succeeded], entries.Select(e => e.Outcome));
            Assert.Equal(entries[0].ActorUpn, entries[2].ActorUpn);
            Assert.All(entries, e => Assert.Equal(Verification, e.CallerVerification));
            Assert.DoesNotContain(entries, e => $"{e.Before}{e.After}{e.Error}{e.Reason}".Contains(pass, StringComparison.Ordinal));
            Assert.DoesNotContain(await db.ActionReceipts.AsNoTracking().ToListAsync(cancellation), r => (r.Summary ?? "").Contains(pass, StringComparison.Ordinal));
            Assert.DoesNotContain(await db.ActionRequests.AsNoTracking().ToListAsync(cancellation), r => r.Parameters.Contains(pass, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task BulkExclude_OfSelectedUsers_ConfirmsThenExcludesEachWithOneAuditEntry_AndRedirectsToItsResult()
    {
        var first = await fixture.AddUserAsync(fixture.Own);
        var second = await fixture.AddUserAsync(fixture.Own);
        using var client = await fixture.Factory.ClientAsync("helpdesk", cancellation);
        var url = $"/tenants/{fixture.Own}/actions/bulk/exclude";
        var token = await ActionsAuthorizationTests.TokenAsync(client, cancellation);
        using var selection = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("objectIds", first), new("objectIds", second), new("reason", "Service accounts")]);
        using var confirmResponse = await client.PostAsync(new Uri(url, UriKind.Relative), selection, cancellation);
        var confirm = await confirmResponse.Content.ReadAsStringAsync(cancellation);
        Assert.Equal(2, confirm.Split("data-testid=\"change-line\"").Length - 1);

        using var confirmed = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("objectIds", first), new("objectIds", second),
            new("reason", "Service accounts"), new("confirmed", "true"), new("idempotencyKey", ActionsWebFixture.Field(confirm, "idempotencyKey"))]);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), confirmed, cancellation);

        // Post/Redirect/Get: the result is a GET of its own; reloading it changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith($"{url}/result?", location.OriginalString, StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        var users = await db.TenantUsers.AsNoTracking().Where(u => u.ObjectId == first || u.ObjectId == second).ToListAsync(cancellation);
        Assert.All(users, u => Assert.Equal(Core.Users.MfaStatus.Excluded, u.Status));
        foreach (var reload in new[] { 1, 2 })
        {
            var result = WebUtility.HtmlDecode(await GetInAsync(client, location.OriginalString, "en-BE"));
            var table = result[result.IndexOf("data-testid=\"bulk-results\"", StringComparison.Ordinal)..];
            Assert.All(users, u => Assert.Matches($"<td dir=\"auto\">{Regex.Escape(u.UserPrincipalName)}</td><td>Done.</td>", table));
            Assert.Equal(2, table.Split("Done.").Length - 1);
        }

        // The same confirmed form posted again (a second tab) is not carried out again, and says so without the receipt's text.
        using var again = await client.PostAsync(new Uri(url, UriKind.Relative), confirmed, cancellation);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var notice = await again.Content.ReadAsStringAsync(cancellation);
        Assert.Contains("action-duplicate", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("succeeded", notice, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.AuditCountAsync(first));
        Assert.Equal(1, await fixture.AuditCountAsync(second));
        // Another engineer cannot read this engineer's result.
        using var colleague = await fixture.Factory.ClientAsync("admin", cancellation);
        using var theirs = await colleague.GetAsync(location, cancellation);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    private async Task<string> GetInAsync(HttpClient client, string url, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await client.SendAsync(request, cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(cancellation);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string confirmPage, string url, Dictionary<string, string> fields,
        IEnumerable<KeyValuePair<string, string>>? repeated = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(confirmPage),
            ["confirmed"] = "true",
            ["idempotencyKey"] = ActionsWebFixture.Field(confirmPage, "idempotencyKey"),
            ["reason"] = "Caller lost their phone",
            ["ticket"] = "INC-9",
            ["callerVerification"] = Verification,
        };
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }

        using var content = new FormUrlEncodedContent(form.Concat(repeated ?? []));
        var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, cancellation);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return response;
        }

        // Post/Redirect/Get: the result is the page the POST redirects to.
        using (response)
        {
            return await client.GetAsync(response.Headers.Location, cancellation);
        }
    }

    /// <summary>The usable-once inputs of the rendered form, in document order, as a browser submits them.</summary>
    private static IEnumerable<KeyValuePair<string, string>> UsableOnceFields(string confirmPage, bool ticked) =>
        System.Text.RegularExpressions.Regex.Matches(confirmPage, "<input type=\"(checkbox|hidden)\" name=\"isUsableOnce\" value=\"(\\w+)\"")
            .Where(match => ticked || match.Groups[1].Value == "hidden")
            .Select(match => KeyValuePair.Create("isUsableOnce", match.Groups[2].Value));

    private async Task<HttpResponseMessage> IssueAsync(HttpClient client, Guid requestId)
    {
        var page = await client.GetStringAsync(new Uri($"/approvals/{requestId}", UriKind.Relative), cancellation);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page) });
        return await client.PostAsync(new Uri($"/approvals/{requestId}/issue", UriKind.Relative), content, cancellation);
    }

    private async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid requestId, string decision)
    {
        var page = await client.GetStringAsync(new Uri("/approvals", UriKind.Relative), cancellation);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page) });
        return await client.PostAsync(new Uri($"/approvals/{requestId}/{decision}", UriKind.Relative), content, cancellation);
    }
}
