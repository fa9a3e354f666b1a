using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MspConsole.Core.Polling;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Polling;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;

namespace MspConsole.EndToEnd.Reminders;

/// <summary>In Debian's Chromium: the helpdesk sends a reminder from the user page and finds it in the audit log.</summary>
public sealed class SendReminderInBrowserTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly SqliteFileDatabase database = new();
    private SimulatorHost? simulator;
    private BrowserApp? app;

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Tenants = 2, Seed = 5 });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    [Fact]
    public async Task Helpdesk_SendsAReminderFromTheUserPage_AndSeesItInTheAuditLog()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"CI=true but {ChromiumPath} is missing (apt-get install -y chromium)");
            Assert.Skip($"{ChromiumPath} is missing (apt-get install -y chromium)");
        }

        var cancellation = TestContext.Current.CancellationToken;
        var tenant = simulator!.State.GetTenantSummaries()[0];
        var sender = simulator.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member" && u.AccountEnabled).UserPrincipalName;
        await using (var db = database.CreateContext())
        {
            db.Tenants.Add(new Tenant(tenant.Id, tenant.DisplayName, tenant.DefaultDomain, ContractOwner.Msp, SupportedLanguage.Dutch, TestClock.Now));
            await db.SaveChangesAsync(cancellation);
        }

        app = new BrowserApp(database.ConnectionString, simulator, new Dictionary<string, string>
        {
            ["Reminders:SenderTenantId"] = tenant.Id.ToString(),
            ["Reminders:DefaultSenderMailbox"] = sender,
        });
        var baseAddress = app.Start();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var polled = await scope.ServiceProvider.GetRequiredService<TenantPoller>().PollAsync(tenant.Id, PollTrigger.Manual, cancellation);
            Assert.Equal(PollOutcome.Succeeded, polled.Outcome);
        }

        TenantUser user;
        await using (var db = database.CreateContext())
        {
            user = await db.TenantUsers.AsNoTracking()
                .Where(u => u.TenantId == tenant.Id && !u.IsGuest && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
                .OrderBy(u => u.Id).FirstAsync(cancellation);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = baseAddress.ToString() });

        await page.GotoAsync("/signin");
        await page.ClickAsync("button[data-persona='helpdesk']");
        await page.GotoAsync($"/tenants/{tenant.Id}/users/{Uri.EscapeDataString(user.ObjectId)}");
        var form = page.Locator("form[action$='/actions/send-reminder']");
        await form.Locator("input[name='reason']").FillAsync("INC-9001 browser test");
        await form.Locator("button[type='submit']").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reminders/batches/"));
        await Assertions.Expect(page.GetByTestId("batch-sent")).ToHaveTextAsync("1");
        Assert.Contains(simulator.State.Outbox, mail => mail.ToRecipients.Contains(user.UserPrincipalName, StringComparer.OrdinalIgnoreCase));

        await page.GotoAsync("/audit");
        var row = page.Locator("[data-testid='audit-table'] tbody tr").Filter(new() { HasText = user.UserPrincipalName });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("[data-testid='audit-action']")).ToHaveTextAsync(ReminderAuditActions.SendReminder);
        await Assertions.Expect(row).ToContainTextAsync("hugo.helpdesk@msp.example");
        await Assertions.Expect(row).ToContainTextAsync("INC-9001 browser test");
    }
}
