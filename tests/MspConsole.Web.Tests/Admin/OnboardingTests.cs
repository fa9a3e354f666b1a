using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Audit;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Admin;

/// <summary>Adding one tenant through the form, against the embedded simulator's discovery.</summary>
[Collection(AdminCollection.Name)]
public sealed class OnboardingTests(AdminFixture fixture)
{
    [Fact]
    public async Task AddTenant_ByDomain_ResolvesTheIdStoresItAuditsAndQueuesTheFirstPoll()
    {
        var target = fixture.SimulatorTenants[0];
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync("/admin/tenants/new", [
            new("Domain", target.DefaultDomain.ToUpperInvariant()), new("Name", "Nieuw Kantoor"), new("ContractOwner", "Msp"),
            new("Language", "fr"), new("Tags", "Brokers, gold"), new("Managers", DevelopmentPersonas.AccountManagerNorth.ObjectId)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/tenants/{target.Id}", response.Headers.Location?.OriginalString);
        await using var db = fixture.Database.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == target.Id, TestContext.Current.CancellationToken);
        Assert.Equal(("Nieuw Kantoor", target.DefaultDomain, "fr", "brokers,gold", ContractOwner.Msp, ConsentState.NotTested),
            (tenant.DisplayName, tenant.DefaultDomain, tenant.Language, tenant.Tags, tenant.ContractOwner, tenant.ConsentState));
        Assert.True(await db.AccountManagerAssignments.AnyAsync(a => a.TenantId == target.Id
            && a.AccountManagerObjectId == DevelopmentPersonas.AccountManagerNorth.ObjectId, TestContext.Current.CancellationToken));
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, target.Id));
        Assert.Equal((DevelopmentPersonas.Admin.UserPrincipalName, "Admin", AuditOutcome.Succeeded), (audit.ActorUpn, audit.ActorRole, audit.Outcome));
        Assert.Equal(response.Headers.GetValues("X-Correlation-ID").Single(), audit.CorrelationId);
        Assert.Contains("Nieuw Kantoor", audit.After, StringComparison.Ordinal);
        Assert.Contains(DevelopmentPersonas.AccountManagerNorth.UserPrincipalName, audit.After, StringComparison.Ordinal);
        Assert.Null(audit.Before);
        Assert.Contains(target.Id, fixture.Polls.TenantPolls);
    }

    [Fact]
    public async Task AddTenant_ByIdAlone_ChecksTheTenantExistsAndStandsTheIdInForTheDomain()
    {
        var target = fixture.SimulatorTenants[4];
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync("/admin/tenants/new", [new("TenantId", target.Id.ToString()), new("Name", "By Id")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == target.Id, TestContext.Current.CancellationToken);
        Assert.Equal(target.Id.ToString("D"), tenant.DefaultDomain);
        Assert.Contains(target.Id, fixture.Polls.TenantPolls);
    }

    [Fact]
    public async Task AddTenant_UnknownIdOrDomain_ShowsWhyAndWritesNothing()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        var unknownId = Guid.NewGuid();
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");

        using var byDomain = await admin.PostAsync("/admin/tenants/new", [new("Domain", "nobody-here.example"), new("Name", "Ghost")]);
        using var byId = await admin.PostAsync("/admin/tenants/new", [new("TenantId", unknownId.ToString()), new("Name", "Ghost")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byDomain.StatusCode);
        Assert.Contains("Microsoft knows no tenant with the domain nobody-here.example", await Text(byDomain), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byId.StatusCode);
        Assert.Contains($"Microsoft knows no tenant with id {unknownId}", await Text(byId), StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Tenants.AnyAsync(t => t.Id == unknownId || t.DefaultDomain == "nobody-here.example", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(unknownId, fixture.Polls.TenantPolls);
    }

    [Fact]
    public async Task AddTenant_DomainOfAnotherTenantThanTheIdGiven_IsRefused()
    {
        var (domainOf, idOf) = (fixture.SimulatorTenants[19], fixture.SimulatorTenants[20]);
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync("/admin/tenants/new", [
            new("Domain", domainOf.DefaultDomain), new("TenantId", idOf.Id.ToString()), new("Name", "Mismatch")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Tenants.AnyAsync(t => t.Id == domainOf.Id || t.Id == idOf.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddTenant_AlreadyOnboardedByDomainThenById_SecondIsRefusedAndOnlyOneAuditEntryExists()
    {
        var target = fixture.SimulatorTenants[10];
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");

        using var first = await admin.PostAsync("/admin/tenants/new", [new("Domain", target.DefaultDomain), new("Name", "First")]);
        using var second = await admin.PostAsync("/admin/tenants/new", [new("TenantId", target.Id.ToString()), new("Name", "Second")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains($"Already in the console as First ({target.DefaultDomain})", await Text(second), StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        Assert.Equal("First", (await db.Tenants.SingleAsync(t => t.Id == target.Id, TestContext.Current.CancellationToken)).DisplayName);
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, target.Id));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "Msp", "")]
    [InlineData("<script>alert(1)</script>", "Msp", "")]
    [InlineData("@SUM(A1)", "Msp", "")]
    [InlineData("Fine Name", "CustomerIt", "")]
    [InlineData("Fine Name", "Msp", "+cmd")]
    public async Task AddTenant_HostileOrIncompleteFields_AreRefusedAndNothingIsWritten(string name, string owner, string contact)
    {
        var target = fixture.SimulatorTenants[21];
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync("/admin/tenants/new", [
            new("Domain", target.DefaultDomain), new("Name", name), new("ContractOwner", owner), new("CustomerItContact", contact)]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Tenants.AnyAsync(t => t.Id == target.Id, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("nl-BE", "Contact voor eindgebruikers")]
    [InlineData("fr-BE", "Contact pour les utilisateurs")]
    public async Task AddTenant_ContactMissing_NamesTheFieldByItsLabelInTheAdminsLanguage(string culture, string label)
    {
        var target = fixture.SimulatorTenants[21];
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        using var response = await admin.PostAsync("/admin/tenants/new", [
            new("Domain", target.DefaultDomain), new("Name", "Fine Name"), new("ContractOwner", "CustomerIt"), new("CustomerItContact", "")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Text(response);
        Assert.Contains($"<span title=\"CustomerItContact\">{label}</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">CustomerItContact<", page, StringComparison.Ordinal);
    }

    private static async Task<string> Text(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
