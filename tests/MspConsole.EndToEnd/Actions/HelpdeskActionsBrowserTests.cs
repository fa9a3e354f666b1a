using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.Core.Audit;

namespace MspConsole.EndToEnd.Actions;

/// <summary>The helpdesk's day in a real browser: find a user, remove their wrong number, issue a pass a colleague approves.</summary>
[Collection(ActionsBrowserCollection.Name)]
public sealed class HelpdeskActionsBrowserTests(ActionsBrowserFixture fixture)
{
    private const string Verification = "Called back on a phone number already registered for the user";

    [Fact]
    public async Task Helpdesk_RemovesWrongNumber_AndIssuesPassApprovedByAColleague_AllAudited()
    {
        var helpdesk = await fixture.NewPageAsync();
        await SignInAsync(helpdesk, "helpdesk");

        // Find the user.
        await helpdesk.FillAsync("#global-search", fixture.UserPrincipalName);
        await helpdesk.PressAsync("#global-search", "Enter");
        await helpdesk.GetByRole(AriaRole.Link, new() { Name = "Ana Wrongnumber" }).First.ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("user-name")).ToHaveTextAsync("Ana Wrongnumber");

        // Remove the wrong office number: the user page's button leads to a confirmation showing exactly that number.
        var remove = helpdesk.Locator("form:has(input[name='method'][value='officePhone'])");
        await remove.Locator("input[name='reason']").FillAsync("User reports a wrong office number");
        await remove.Locator("button").ClickAsync();
        await helpdesk.WaitForURLAsync(url => url.Contains("/actions/remove-method", StringComparison.Ordinal));
        await Assertions.Expect(helpdesk.GetByTestId("change-line")).ToContainTextAsync(ActionsBrowserFixture.WrongOffice);
        await helpdesk.GetByLabel(Verification).CheckAsync();
        await helpdesk.Locator("input[name='ticket']").FillAsync("INC-2024");
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("action-succeeded")).ToBeVisibleAsync();
        await Assertions.Expect(helpdesk.GetByTestId("graph-request-id")).Not.ToBeEmptyAsync();
        var truth = fixture.Simulator.State.GetUser(fixture.TenantId, fixture.UserId)!;
        Assert.DoesNotContain(truth.Methods, m => m["phoneType"]?.GetValue<string>() == "office");

        // Ask for a Temporary Access Pass: four eyes, so it waits.
        await helpdesk.GetByTestId("back-link").ClickAsync();
        var pass = helpdesk.Locator("form[action$='/actions/temporary-access-pass']");
        await pass.Locator("input[name='reason']").FillAsync("User must register the Authenticator on a new phone");
        await pass.Locator("button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("needs-approval")).ToBeVisibleAsync();
        await helpdesk.GetByLabel(Verification).CheckAsync();
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("action-requested")).ToBeVisibleAsync();
        Assert.DoesNotContain(fixture.Simulator.State.Mutations, m => m.Action == "createTemporaryAccessPass");

        // The requester sees their request but cannot approve it.
        await helpdesk.GotoAsync("/approvals");
        await Assertions.Expect(helpdesk.GetByTestId("pending-row")).ToHaveCountAsync(1);
        await Assertions.Expect(helpdesk.GetByTestId("approve")).ToHaveCountAsync(0);

        // A second person approves; the pass is created now and shown to them once.
        var admin = await fixture.NewPageAsync();
        await SignInAsync(admin, "admin");
        await admin.GetByTestId("nav-approvals").ClickAsync();
        await admin.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("tap-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^.{8}$"));
        var shownPass = await admin.GetByTestId("tap-value").InnerTextAsync();
        Assert.Contains(fixture.Simulator.State.GetUser(fixture.TenantId, fixture.UserId)!.Methods,
            m => m["@odata.type"]?.GetValue<string>() == "#microsoft.graph.temporaryAccessPassAuthenticationMethod");

        // The audit log (read from the database; the audit page is another feature) has every step, never the pass.
        await using var db = fixture.Database.CreateContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.TargetUserObjectId == fixture.UserId).OrderBy(e => e.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [("RemoveMethod", AuditOutcome.Succeeded, "hugo.helpdesk@msp.example"), ("TemporaryAccessPass", AuditOutcome.Requested, "hugo.helpdesk@msp.example"),
             ("TemporaryAccessPass", AuditOutcome.Approved, "ada.admin@msp.example"), ("TemporaryAccessPass", AuditOutcome.Succeeded, "ada.admin@msp.example")],
            entries.Select(e => (e.Action, e.Outcome, e.ActorUpn)));
        Assert.Equal("INC-2024", entries[0].TicketReference);
        Assert.All(entries, e => Assert.Equal(Verification, e.CallerVerification));
        Assert.DoesNotContain(entries, e => $"{e.Before}{e.After}{e.Reason}{e.Error}".Contains(shownPass, StringComparison.Ordinal));
    }

    private static async Task SignInAsync(IPage page, string persona)
    {
        await page.GotoAsync("/signin");
        await page.Locator($"button[data-persona='{persona}']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
