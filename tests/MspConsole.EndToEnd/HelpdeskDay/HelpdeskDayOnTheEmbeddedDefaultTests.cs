using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.EndToEnd.Hosting;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.HelpdeskDay;

/// <summary>
/// Issue 7's done-when, on the console as a user starts it (the embedded default in its own process: its simulator,
/// SQLite and Hangfire): the helpdesk finds a user who typed a wrong office number, removes it, asks for a Temporary Access
/// Pass that an admin approves and the engineer then issues, sends a reminder, and finds all three in the audit log page.
/// </summary>
public sealed class HelpdeskDayOnTheEmbeddedDefaultTests : IAsyncLifetime
{
    private const string Verification = "Called back on a phone number already registered for the user";
    private const string RightMobile = "+32 470112233";
    private const string WrongOffice = "+32 20000001";
    private static readonly TimeSpan FirstPollTimeout = TimeSpan.FromMinutes(3);
    private const float JobTimeoutMilliseconds = 60_000;

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private EmbeddedConsole? console;
    private Chromium? chromium;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.Installed)
        {
            console = await EmbeddedConsole.StartAsync(simulatorTenants: 4, seed: null, cancellation);
            chromium = await Chromium.LaunchAsync();
        }
    }

    [Fact]
    public async Task Helpdesk_RemovesAWrongNumber_IssuesAnApprovedPass_SendsAReminder_AndSeesAllThreeInTheAuditLog()
    {
        Chromium.RequireInstalled();
        var (tenant, user) = await UserWithoutMfaAsync();
        await console!.WaitUntilAsync($"the demo seeder's first poll brings {user.UserPrincipalName} into the console",
            (db, token) => db.TenantUsers.AnyAsync(u => u.TenantId == tenant.Id && u.ObjectId == user.Id.ToString(), token), FirstPollTimeout, cancellation);
        // The user registers two phones at My Sign-ins, one with a typo, and calls the helpdesk.
        await console.Simulator.RegisterPhoneAsync(tenant.Id, user.Id, "mobile", RightMobile, cancellation);
        await console.Simulator.RegisterPhoneAsync(tenant.Id, user.Id, "office", WrongOffice, cancellation);

        var helpdesk = await SignedInPageAsync(DevelopmentPersonas.Helpdesk);

        // Find the user, and re-read them: the phones are newer than the last poll.
        await helpdesk.FillAsync("#global-search", user.UserPrincipalName);
        await helpdesk.PressAsync("#global-search", "Enter");
        await helpdesk.GetByRole(AriaRole.Link, new() { Name = user.DisplayName, Exact = true }).First.ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("user-name")).ToHaveTextAsync(user.DisplayName);
        await helpdesk.GetByTestId("refresh-user").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("user-message")).ToHaveTextAsync("Re-read from Microsoft 365 just now.");

        // Remove the wrong office number through the action panel: the confirmation lists the numbers to choose from.
        await Assertions.Expect(helpdesk.GetByTestId("user-methods")).ToContainTextAsync(WrongOffice);
        await helpdesk.GetByTestId("action-remove-method").ClickAsync();
        await helpdesk.Locator("label.choice", new() { HasText = WrongOffice }).Locator("input[type='radio']").CheckAsync();
        await helpdesk.Locator("input[name='reason']").FillAsync("User typed a wrong office number");
        await helpdesk.GetByLabel(Verification).CheckAsync();
        await helpdesk.Locator("input[name='ticket']").FillAsync("INC-2024");
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("action-succeeded")).ToBeVisibleAsync();
        await Assertions.Expect(helpdesk.GetByTestId("graph-request-id")).Not.ToBeEmptyAsync();
        var afterRemoval = await console.Simulator.UserAsync(tenant.Id, user.Id, cancellation);
        Assert.DoesNotContain(afterRemoval.Methods, m => m["phoneType"]?.GetValue<string>() == "office");
        Assert.Contains(afterRemoval.Methods, m => m["phoneNumber"]?.GetValue<string>() == RightMobile);

        // Ask for a Temporary Access Pass: four eyes by default, so it waits, and its requester cannot approve it.
        await helpdesk.GetByTestId("back-link").ClickAsync();
        await helpdesk.GetByTestId("action-temporary-access-pass").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("needs-approval")).ToBeVisibleAsync();
        await helpdesk.Locator("input[name='reason']").FillAsync("User sets up the Authenticator on a new phone");
        await helpdesk.GetByLabel(Verification).CheckAsync();
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("request-waiting")).ToBeVisibleAsync();
        Assert.DoesNotContain(await console.Simulator.MutationsAsync(cancellation), m => m.UserId == user.Id && m.Action == "createTemporaryAccessPass");
        await helpdesk.GotoAsync("/approvals");
        await Assertions.Expect(helpdesk.GetByTestId("pending-row")).ToHaveCountAsync(1);
        await Assertions.Expect(helpdesk.GetByTestId("approve")).ToHaveCountAsync(0);

        // A colleague sees it waiting in the navigation and approves it: no pass yet, and none for the approver.
        var admin = await SignedInPageAsync(DevelopmentPersonas.Admin);
        await Assertions.Expect(admin.GetByTestId("approvals-waiting")).ToHaveTextAsync("1");
        await admin.GetByTestId("nav-approvals").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("pending-terms")).ToContainTextAsync("usable once");
        await admin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("request-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(admin.GetByTestId("tap-value")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await console.Simulator.MutationsAsync(cancellation), m => m.UserId == user.Id && m.Action == "createTemporaryAccessPass");

        // The requester, with the caller on the line, issues it: created now, shown to them once.
        await helpdesk.ReloadAsync();
        await helpdesk.GetByTestId("ready-to-issue").GetByRole(AriaRole.Link).ClickAsync();
        await helpdesk.GetByTestId("issue-pass").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("tap-value")).ToHaveTextAsync(new Regex("^.{8}$"));
        var shownPass = await helpdesk.GetByTestId("tap-value").InnerTextAsync();
        var passMethod = Assert.Single((await console.Simulator.UserAsync(tenant.Id, user.Id, cancellation)).Methods,
            m => m["@odata.type"]?.GetValue<string>() == "#microsoft.graph.temporaryAccessPassAuthenticationMethod");
        Assert.True(passMethod["isUsableOnce"]?.GetValue<bool>());
        await helpdesk.ReloadAsync();
        await Assertions.Expect(helpdesk.GetByTestId("pass-already-shown")).ToBeVisibleAsync();

        // One method left: remind the user to register a second one (a Hangfire job sends it).
        await helpdesk.GotoAsync($"/tenants/{tenant.Id}/users/{user.Id}");
        var remind = helpdesk.Locator("form[action$='/actions/send-reminder']");
        await remind.Locator("input[name='reason']").FillAsync("INC-2024 second method");
        await remind.Locator("button[type='submit']").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("batch-sent")).ToHaveTextAsync("1", new() { Timeout = JobTimeoutMilliseconds });
        Assert.Contains(await console.Simulator.OutboxAsync(cancellation), mail => mail.ToRecipients.Contains(user.UserPrincipalName, StringComparer.OrdinalIgnoreCase));

        // All three in the audit log page, for this tenant, in the order they happened.
        await helpdesk.GotoAsync("/audit");
        await helpdesk.Locator("select[name='tenant']").SelectOptionAsync(tenant.Id.ToString());
        await helpdesk.GetByTestId("audit-filters").Locator("button[type='submit']").ClickAsync();
        var rows = helpdesk.GetByTestId("audit-table").Locator("tbody tr").Filter(new() { HasText = user.UserPrincipalName });
        await Assertions.Expect(rows).ToHaveCountAsync(5);
        // The cells show translated names; the codes are in data-action (what the filter and the CSV export use).
        var actions = await rows.Locator("[data-testid='audit-action']").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.action)");
        Assert.Equal(
            [ReminderAuditActions.SendReminder, "TemporaryAccessPass", "TemporaryAccessPass", "TemporaryAccessPass", "RemoveMethod"],
            actions);
        await Assertions.Expect(rows.Last).ToContainTextAsync(DevelopmentPersonas.Helpdesk.UserPrincipalName);
        await Assertions.Expect(rows.Last).ToContainTextAsync("INC-2024");
        await helpdesk.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "helpdesk-day-audit.png"), FullPage = true });

        // Behind the page: the caller verification is recorded and the pass itself is nowhere in the log.
        await using var db = console.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.TargetUserObjectId == user.Id.ToString()).OrderBy(e => e.Id).ToListAsync(cancellation);
        Assert.Equal(
            [("RemoveMethod", AuditOutcome.Succeeded), ("TemporaryAccessPass", AuditOutcome.Requested), ("TemporaryAccessPass", AuditOutcome.Approved),
             ("TemporaryAccessPass", AuditOutcome.Succeeded), (ReminderAuditActions.SendReminder, AuditOutcome.Succeeded)],
            entries.Select(e => (e.Action, e.Outcome)));
        Assert.All(entries.Take(4), e => Assert.Equal(Verification, e.CallerVerification));
        Assert.DoesNotContain(entries, e => $"{e.Before}{e.After}{e.Reason}{e.Error}".Contains(shownPass, StringComparison.Ordinal));
    }

    /// <summary>A consented customer tenant the app may write methods in, and an enabled member with only a password and a plain name
    /// (not an admin: every action on an admin needs four eyes). The MSP's own simulated tenant is not a customer.</summary>
    private async Task<(TenantSummary Tenant, UserSummary User)> UserWithoutMfaAsync()
    {
        await using var db = console!.CreateDbContext();
        var customers = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellation);
        foreach (var tenant in await console.Simulator.TenantsAsync(cancellation))
        {
            if (!customers.Contains(tenant.Id) || !tenant.Consented || !tenant.Licensed || !tenant.GrantedRoles.Contains(Permissions.MethodsReadWrite))
            {
                continue;
            }

            var users = await console.Simulator.UsersAsync(tenant.Id, cancellation);
            if (users.FirstOrDefault(u => u is { UserType: "Member", AccountEnabled: true, IsAdmin: false } && u.Methods.Count == 1
                && u.DisplayName.All(c => char.IsLetter(c) || c == ' ')) is { } user)
            {
                return (tenant, user);
            }
        }

        throw new InvalidOperationException("The simulator has no writable tenant with a member without MFA.");
    }

    private async Task<IPage> SignedInPageAsync(DevelopmentPersona persona)
    {
        var page = await chromium!.NewPageAsync(console!.BaseAddress, "en-BE");
        await page.GotoAsync("/signin");
        await page.Locator($"button[data-persona='{persona.Key}']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (console is not null)
        {
            await console.DisposeAsync();
        }
    }
}
