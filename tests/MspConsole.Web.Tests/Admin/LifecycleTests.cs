using System.Net;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Admin;

/// <summary>Settings, pause/resume, offboarding (keep or purge), account managers and GDAP import — each audited.</summary>
[Collection(AdminCollection.Name)]
public sealed class LifecycleTests(AdminFixture fixture)
{
    [Fact]
    public async Task PauseThenResume_FlipsPollingAndAuditsEachWithBeforeAndAfter()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var pause = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/pause", []);
        var pausedState = await PausedAsync(fixture.Settings);
        using var resume = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/resume", []);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], [pause.StatusCode, resume.StatusCode]);
        Assert.True(pausedState);
        Assert.False(await PausedAsync(fixture.Settings));
        var paused = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.PollingPaused, fixture.Settings));
        Assert.Contains("\"PollingPaused\":false", paused.Before, StringComparison.Ordinal);
        Assert.Contains("\"PollingPaused\":true", paused.After, StringComparison.Ordinal);
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.PollingResumed, fixture.Settings));
    }

    [Fact]
    public async Task Settings_RenameAndRetag_AreSavedAndAuditedWhileAFormulaNameIsRefused()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        KeyValuePair<string, string>[] Fields(string name) => [
            new("Name", name), new("Domain", "settings-courtiers.be"), new("ContractOwner", "CustomerIt"),
            new("CustomerItContact", "Call Marc on +32 2 555 01 23"), new("Language", "en"), new("Tags", "vip")];

        using var saved = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/settings", Fields("Settings Courtiers SA"));
        using var refused = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/settings", Fields("=1+1"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == fixture.Settings, TestContext.Current.CancellationToken);
        Assert.Equal(("Settings Courtiers SA", "en", "vip", "Call Marc on +32 2 555 01 23"), (tenant.DisplayName, tenant.Language, tenant.Tags, tenant.CustomerItContact));
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantSettingsChanged, fixture.Settings));
        Assert.Contains("\"DisplayName\":\"Settings Courtiers\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"DisplayName\":\"Settings Courtiers SA\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offboard_Keep_StopsPollingHidesTheTenantAndKeepsItsData()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync($"/admin/tenants/{fixture.Keep}/offboard", [new("Mode", "Keep"), new("Confirmation", "KEEP-verzekeringen.be")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == fixture.Keep, TestContext.Current.CancellationToken);
        Assert.NotNull(tenant.OffboardedAt);
        Assert.False(tenant.IsActive);
        Assert.Equal(2, await db.TenantUsers.CountAsync(u => u.TenantId == fixture.Keep, TestContext.Current.CancellationToken));
        Assert.Equal(5, await db.TenantSnapshots.CountAsync(s => s.TenantId == fixture.Keep, TestContext.Current.CancellationToken));
        Assert.DoesNotContain("Keep Verzekeringen", await admin.GetPageAsync("/"), StringComparison.Ordinal);
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOffboarded, fixture.Keep));
        Assert.Contains("\"Mode\":\"Keep\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"OffboardedAt\":null", audit.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offboard_Purge_DeletesUsersSnapshotsRunsAndRemindersButNeverTheAuditLog()
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        using var unconfirmed = await admin.PostAsync($"/admin/tenants/{fixture.Purge}/offboard", [new("Mode", "Purge"), new("Confirmation", "purge")]);
        await using (var before = fixture.Database.CreateContext())
        {
            Assert.Equal(2, await before.TenantUsers.CountAsync(u => u.TenantId == fixture.Purge, TestContext.Current.CancellationToken));
        }

        await using (var db = fixture.Database.CreateContext())
        {
            db.Tenants.Single(t => t.Id == fixture.Purge).PausePolling();
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var pauseAudited = await admin.PostAsync($"/admin/tenants/{fixture.Purge}/resume", []);
        using var response = await admin.PostAsync($"/admin/tenants/{fixture.Purge}/offboard", [new("Mode", "Purge"), new("Confirmation", "purge-makelaars.be")]);

        Assert.Equal(HttpStatusCode.Redirect, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var after = fixture.Database.CreateContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.NotNull((await after.Tenants.SingleAsync(t => t.Id == fixture.Purge, ct)).OffboardedAt);
        Assert.Equal((0, 0, 0, 0), (
            await after.TenantUsers.CountAsync(u => u.TenantId == fixture.Purge, ct),
            await after.TenantSnapshots.CountAsync(s => s.TenantId == fixture.Purge, ct),
            await after.PollRuns.CountAsync(r => r.TenantId == fixture.Purge, ct),
            await after.Reminders.CountAsync(r => r.TenantId == fixture.Purge, ct)));
        var audit = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOffboarded, fixture.Purge));
        Assert.Contains("\"Mode\":\"Purge\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Users\":2", audit.After, StringComparison.Ordinal);
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.PollingResumed, fixture.Purge));
        Assert.True((await after.AuditEntries.CountAsync(e => e.TenantId == fixture.Purge, ct)) >= 2);
    }

    [Fact]
    public async Task AccountManagers_AssignThenUnassign_ChangesWhoSeesTheTenantAndAuditsBoth()
    {
        var south = DevelopmentPersonas.AccountManagerSouth;
        var tenantId = fixture.Settings;
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        using var manager = await fixture.Factory.ClientAsync(south.Key, TestContext.Current.CancellationToken);
        var tenantPage = new Uri($"/tenants/{tenantId}", UriKind.Relative);

        using var assign = await admin.PostAsync($"/admin/tenants/{tenantId}/managers", [new("ObjectId", south.ObjectId)]);
        using var seen = await manager.GetAsync(tenantPage, TestContext.Current.CancellationToken);
        using var unassign = await admin.PostAsync($"/admin/tenants/{tenantId}/managers/remove", [new("ObjectId", south.ObjectId)]);
        using var hidden = await manager.GetAsync(tenantPage, TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.NotFound],
            [assign.StatusCode, seen.StatusCode, unassign.StatusCode, hidden.StatusCode]);
        var assigned = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.AccountManagerAssigned, tenantId), e => e.TargetUserObjectId == south.ObjectId);
        Assert.Equal((south.ObjectId, south.UserPrincipalName), (assigned.TargetUserObjectId, assigned.TargetUpn));
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.AccountManagerUnassigned, tenantId), e => e.TargetUserObjectId == south.ObjectId);
    }

    [Fact]
    public async Task AccountManagers_NewManagerByUpnAndObjectId_IsAssigned()
    {
        var objectId = Guid.NewGuid().ToString();
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);

        using var response = await admin.PostAsync($"/admin/tenants/{fixture.Settings}/managers", [new("ObjectId", objectId), new("Upn", "New.Manager@msp.example")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var assignment = await db.AccountManagerAssignments.SingleAsync(a => a.AccountManagerObjectId == objectId, TestContext.Current.CancellationToken);
        Assert.Equal("new.manager@msp.example", assignment.AccountManagerUpn);
    }

    [Fact]
    public async Task Gdap_ListsThePartnersCustomersAndAddsOnlyTheTickedOnesThatPassTheChecks()
    {
        var (picked, notPicked, hostile) = (fixture.SimulatorTenants[25], fixture.SimulatorTenants[26], fixture.SimulatorTenants[27]);
        fixture.Gdap.Customers.AddRange([
            new PartnerCustomer(picked.Id, picked.DisplayName),
            new PartnerCustomer(notPicked.Id, notPicked.DisplayName),
            new PartnerCustomer(hostile.Id, "=cmd|' /C calc'!A0")]);
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        var list = WebUtility.HtmlDecode(await admin.GetPageAsync("/admin/gdap"));
        Assert.Contains(picked.DisplayName, list, StringComparison.Ordinal);
        Assert.Contains(notPicked.Id.ToString(), list, StringComparison.Ordinal);

        using var response = await admin.PostAsync("/admin/gdap", [
            new("Selected", picked.Id.ToString()), new("Selected", hostile.Id.ToString()), new("Selected", Guid.NewGuid().ToString()),
            new("Language", "fr"), new("Tags", "gdap")], await admin.TokenAsync("/admin/gdap"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var report = page[Math.Max(0, page.IndexOf("data-testid=\"import-report\"", StringComparison.Ordinal))..];
        Assert.True(page.Contains("data-imported=\"1\"", StringComparison.Ordinal), $"Expected one tenant imported; the report said: {report[..Math.Min(report.Length, 3000)]}");
        await using var db = fixture.Database.CreateContext();
        var added = await db.Tenants.Where(t => t.Id == picked.Id || t.Id == notPicked.Id || t.Id == hostile.Id).ToListAsync(TestContext.Current.CancellationToken);
        var tenant = Assert.Single(added);
        Assert.Equal((picked.Id, picked.DisplayName, "fr", "gdap"), (tenant.Id, tenant.DisplayName, tenant.Language, tenant.Tags));
        Assert.Contains("GDAP", Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, picked.Id)).After, StringComparison.Ordinal);
    }

    private async Task<bool> PausedAsync(Guid tenantId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.PollingPaused).SingleAsync(TestContext.Current.CancellationToken);
    }
}
