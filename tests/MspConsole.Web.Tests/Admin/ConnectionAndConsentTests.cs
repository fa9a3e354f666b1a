using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.GraphSimulator;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Admin;

/// <summary>The connection test against the simulator, and the admin-consent link and its redirect back.</summary>
[Collection(AdminCollection.Name)]
public sealed partial class ConnectionAndConsentTests(AdminFixture fixture)
{
    [Fact]
    public async Task TestConnection_TenantWithoutConsent_SaysConsentIsMissingInPlainWordsAndRecordsIt()
    {
        var target = fixture.SimulatorTenants[2];
        Assert.False(target.Consented);
        using var admin = await OnboardAsync(target.Id, "en-BE");

        var page = await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", []));

        Assert.Contains("data-ready=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains("The app is not consented in this tenant: a Global Administrator", Decode(page), StringComparison.Ordinal);
        Assert.Equal(ConsentState.Missing, await ConsentOfAsync(target.Id));
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.ConnectionTested, target.Id));
        Assert.Equal(AuditOutcome.Failed, audit.Outcome);
        Assert.Contains("NotTested", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"ConsentState\":\"Missing\"", audit.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "De app heeft geen toestemming in deze tenant")]
    [InlineData("fr-BE", "L'application n'a pas de consentement dans ce tenant")]
    public async Task TestConnection_TenantWithoutConsent_SpeaksTheAdminsLanguage(string culture, string expected)
    {
        // Its own tenant: the English test above counts the audit entries of tenant 2.
        var target = fixture.SimulatorTenants[3];
        fixture.Simulator.State.FindTenant(target.Id)!.Consented = false;
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        await EnsureOnboardedAsync(admin, target.Id);

        var page = await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", []));

        Assert.Contains(expected, Decode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestConnection_UnlicensedTenant_IsReadyWithThePerUserFallbackAndConsentGranted()
    {
        var target = fixture.SimulatorTenants[1];
        Assert.False(target.Licensed);
        using var admin = await OnboardAsync(target.Id, "en-BE");

        var page = Decode(await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", [])));

        Assert.Contains("data-ready=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("The tenant has no Entra ID P1 licence", page, StringComparison.Ordinal);
        Assert.Equal(ConsentState.Granted, await ConsentOfAsync(target.Id));
    }

    [Fact]
    public async Task TestConnection_PermissionRemovedInTheTenant_NamesThePermissionAndRecordsIt()
    {
        var target = fixture.SimulatorTenants[12];
        var simulator = fixture.Simulator;
        Assert.True(simulator.State.FindTenant(target.Id)!.RemoveRole("User.Read.All"));
        using var admin = await OnboardAsync(target.Id, "en-BE");

        var page = Decode(await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", [])));

        Assert.Contains("Not ready: permissions missing: User.Read.All.", page, StringComparison.Ordinal);
        Assert.Contains("The app has not been granted the User.Read.All permission in this tenant", page, StringComparison.Ordinal);
        Assert.Equal(ConsentState.PermissionMissing, await ConsentOfAsync(target.Id));
    }

    [Fact]
    public async Task ConsentLink_NamesTheTenantTheAppTheCallbackAndAState()
    {
        var target = fixture.SimulatorTenants[13];
        using var admin = await OnboardAsync(target.Id);

        var link = ConsentLink(await admin.GetPageAsync($"/admin/tenants/{target.Id}"));

        var simulator = fixture.Simulator;
        Assert.StartsWith($"{simulator.BaseAddress}{target.Id}/adminconsent?client_id={SimulatorOptions.DefaultClientId}"
            + "&redirect_uri=http%3A%2F%2Flocalhost%2Fadmin%2Fconsent%2Fcallback&state=", link.ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(StateOf(link)));
    }

    [Fact]
    public async Task ConsentCallback_GrantedWithTheLinksState_TestsTheConnectionOnce_AndAReplayIsRejected()
    {
        var target = fixture.SimulatorTenants[14];
        Assert.True(target.Consented);
        using var admin = await OnboardAsync(target.Id);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        var state = StateOf(ConsentLink(await admin.GetPageAsync($"/admin/tenants/{target.Id}")));
        var callback = new Uri($"/admin/consent/callback?tenant={target.Id}&admin_consent=True&state={Uri.EscapeDataString(state)}", UriKind.Relative);

        using var response = await admin.Http.GetAsync(callback, TestContext.Current.CancellationToken);
        var page = await admin.FollowAsync(response);
        using var replay = await admin.Http.GetAsync(callback, TestContext.Current.CancellationToken);

        Assert.Contains("data-ready=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal(ConsentState.Granted, await ConsentOfAsync(target.Id));
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("a consent link works once", Decode(await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.ConnectionTested, target.Id));
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Rejected], (await fixture.AuditAsync(OnboardingAuditActions.ConsentCallback, target.Id)).Select(e => e.Outcome));
    }

    [Fact]
    public async Task ConsentCallback_Refused_IsAuditedAndChangesNothing()
    {
        var target = fixture.SimulatorTenants[15];
        using var admin = await OnboardAsync(target.Id);
        var state = StateOf(ConsentLink(await admin.GetPageAsync($"/admin/tenants/{target.Id}")));

        using var response = await admin.Http.GetAsync(new Uri(
            $"/admin/consent/callback?error=permission_denied&error_description=AADSTS65004%3A+User+declined&state={Uri.EscapeDataString(state)}", UriKind.Relative),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ConsentState.NotTested, await ConsentOfAsync(target.Id));
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.ConsentCallback, target.Id));
        Assert.Equal(AuditOutcome.Failed, audit.Outcome);
        Assert.Contains("permission_denied", audit.Error, StringComparison.Ordinal);
        Assert.Empty(await fixture.AuditAsync(OnboardingAuditActions.ConnectionTested, target.Id));
    }

    [Fact]
    public async Task ConsentCallback_ForgedStateOrAnotherTenantsState_IsRejectedWithoutTouchingTheTenant()
    {
        var (target, other) = (fixture.SimulatorTenants[16], fixture.SimulatorTenants[17]);
        using var admin = await OnboardAsync(target.Id);
        var state = StateOf(ConsentLink(await admin.GetPageAsync($"/admin/tenants/{target.Id}")));
        var cancellationToken = TestContext.Current.CancellationToken;

        using var forged = await admin.Http.GetAsync(new Uri($"/admin/consent/callback?tenant={target.Id}&admin_consent=True&state=forged", UriKind.Relative), cancellationToken);
        using var foreign = await admin.Http.GetAsync(new Uri(
            $"/admin/consent/callback?tenant={other.Id}&admin_consent=True&state={Uri.EscapeDataString(state)}", UriKind.Relative), cancellationToken);
        using var missing = await admin.Http.GetAsync(new Uri($"/admin/consent/callback?tenant={target.Id}&admin_consent=True", UriKind.Relative), cancellationToken);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [forged.StatusCode, foreign.StatusCode, missing.StatusCode]);
        Assert.Equal(ConsentState.NotTested, await ConsentOfAsync(target.Id));
        Assert.Empty(await fixture.AuditAsync(OnboardingAuditActions.ConnectionTested, target.Id));
        Assert.True((await fixture.AuditAsync(OnboardingAuditActions.ConsentCallback)).Count(e => e.Outcome == AuditOutcome.Rejected) >= 3);
    }

    [Fact]
    public async Task ConsentCallback_StateOlderThanTheLinkLifetime_IsRejected()
    {
        var target = fixture.SimulatorTenants[18];
        using var admin = await OnboardAsync(target.Id);
        var state = StateOf(ConsentLink(await admin.GetPageAsync($"/admin/tenants/{target.Id}")));
        fixture.Time.Advance(TimeSpan.FromDays(2));
        // The sign-in cookie has expired by then too: sign in again; the state is bound to the admin, not the session.
        using var again = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await again.Http.GetAsync(new Uri(
            $"/admin/consent/callback?tenant={target.Id}&admin_consent=True&state={Uri.EscapeDataString(state)}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ConsentState.NotTested, await ConsentOfAsync(target.Id));
    }

    [Theory]
    [InlineData("nl-BE", 28, "Microsoft 365 weigerde deze controle of antwoordde niet.", "Details (zoals Microsoft 365 ze gaf):", "mislukt")]
    [InlineData("fr-BE", 29, "Microsoft 365 a refusé cette vérification ou n'a pas répondu.", "Détails (tels que Microsoft 365 les a donnés) :", "a échoué")]
    public async Task TestConnection_ACheckFailsWithMicrosoftsText_SaysSoInTheAdminsLanguage_WithTheRawTextOnlyAsDetails(
        string culture, int tenant, string sentence, string detailsLabel, string oldWording)
    {
        var target = fixture.SimulatorTenants[tenant];
        using var admin = await OnboardAsync(target.Id, culture);
        fixture.Simulator.State.Faults.FailNext(target.Id, 20, statusCode: 400, pathContains: "users");

        var page = Decode(await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", [])));

        Assert.Contains("data-ready=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains(sentence, page, StringComparison.Ordinal);
        var detail = Assert.Single(DetailPattern().Matches(page)).Groups[1].Value;
        Assert.StartsWith(detailsLabel, detail.Trim(), StringComparison.Ordinal);
        Assert.Contains("An injected error occurred.", detail, StringComparison.Ordinal);
        // Microsoft's English text appears only on the Details line, not in the translated sentence.
        Assert.Equal(1, Regex.Count(page, "An injected error occurred", RegexOptions.None));
        Assert.DoesNotContain(oldWording, page, StringComparison.Ordinal);
        // The other lines (the checks that passed or were skipped) are in the admin's language too.
        Assert.DoesNotContain("can be read", page, StringComparison.Ordinal);
        Assert.DoesNotContain("were not checked", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Security defaults are", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Read admin roles", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "Voltooid", "Verbindingstest")]
    [InlineData("fr-BE", "Terminée", "Test de connexion")]
    public async Task AdminTenantPageAndAudit_InDutchAndFrench_NameThePollOutcomeAndTheConnectionTestInTheAdminsLanguage(
        string culture, string completed, string connectionTest)
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var target = fixture.SimulatorTenants[1];
        await EnsureOnboardedAsync(admin, target.Id);
        await admin.FollowAsync(await admin.PostAsync($"/admin/tenants/{target.Id}/test", []));

        var tenantPage = Decode(await admin.Http.GetStringAsync(new Uri($"/admin/tenants/{fixture.Keep}", UriKind.Relative), TestContext.Current.CancellationToken));
        var auditPage = Decode(await admin.Http.GetStringAsync(new Uri($"/audit?tenant={target.Id}", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Matches($"data-testid=\"last-poll\">[^<]*{completed}</dd>", tenantPage);
        Assert.DoesNotContain("Succeeded", tenantPage, StringComparison.Ordinal);
        Assert.Contains($">{connectionTest}</span>", auditPage, StringComparison.Ordinal);
        Assert.DoesNotContain(">Connection test<", auditPage, StringComparison.Ordinal);
    }

    private async Task<AdminClient> OnboardAsync(Guid tenantId, string? culture = null)
    {
        var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        if (culture is not null)
        {
            admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        }

        await EnsureOnboardedAsync(admin, tenantId);
        return admin;
    }

    private async Task EnsureOnboardedAsync(AdminClient admin, Guid tenantId)
    {
        await using var db = fixture.Database.CreateContext();
        if (await db.Tenants.AnyAsync(t => t.Id == tenantId, TestContext.Current.CancellationToken))
        {
            return;
        }

        using var response = await admin.PostAsync("/admin/tenants/new", [new("TenantId", tenantId.ToString()), new("Name", $"Tenant {tenantId:N}")]);
        // Two tests may onboard the same tenant at once; the loser sees "already in the console".
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, response.StatusCode.ToString());
    }

    private async Task<ConsentState> ConsentOfAsync(Guid tenantId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.ConsentState).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static Uri ConsentLink(string page) => new(WebUtility.HtmlDecode(ConsentLinkPattern().Match(page).Groups[1].Value));

    private static string StateOf(Uri link) =>
        Uri.UnescapeDataString(link.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("state=", StringComparison.Ordinal))["state=".Length..]);

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("href=\"([^\"]+)\" data-testid=\"consent-link\"")]
    private static partial Regex ConsentLinkPattern();

    [GeneratedRegex("data-testid=\"connection-detail\">([^<]*)<")]
    private static partial Regex DetailPattern();
}
