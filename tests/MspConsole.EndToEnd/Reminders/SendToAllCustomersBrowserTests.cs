using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.EndToEnd.Hosting;
using MspConsole.Web.Features.Reminders;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Reminders;

/// <summary>
/// Issue 15's done-when, on the embedded default in its own process: the helpdesk sends a reminder to every customer through the
/// pages. The preview's total is the database's eligible users, nothing is queued before the typed confirmation, pausing stops
/// the sends within one mailbox slot (the real limit: 30 a minute), cancelling leaves the rest unsent, and the list and the
/// batch page show the same counts, which are the simulator's outbox.
/// </summary>
public sealed class SendToAllCustomersBrowserTests : IAsyncLifetime
{
    private static readonly TimeSpan FirstPollTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SlotTimeout = TimeSpan.FromMinutes(3);

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
    public async Task SendToAllCustomers_PreviewsTheEligibleUsers_SendsOnlyOnceConfirmed_PausesAndCancels_WithOneSetOfCounts()
    {
        Chromium.RequireInstalled();
        await console!.WaitUntilAsync("the demo seeder onboarded and polled its tenants",
            async (db, token) => await db.Tenants.AnyAsync(token) && !await db.Tenants.AnyAsync(t => t.OffboardedAt == null && t.LastPollFinishedAt == null, token),
            FirstPollTimeout, cancellation);
        var eligible = await EligibleUsersAsync();
        Assert.True(eligible > 30, $"The demo data has more eligible users ({eligible}) than one mailbox sends in a minute.");

        var page = await chromium!.NewPageAsync(console.BaseAddress, "en-BE");
        await page.GotoAsync("/signin");
        await page.Locator($"button[data-persona='{DevelopmentPersonas.Helpdesk.Key}']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await page.GotoAsync("/reminders");
        await page.GetByTestId("preview-all").ClickAsync();

        await Assertions.Expect(page.GetByTestId("preview-total")).ToHaveAttributeAsync("data-total", eligible.ToString(CultureInfo.InvariantCulture));
        await using (var db = console.CreateDbContext())
        {
            Assert.Equal((0, 0), (await db.ReminderBatches.CountAsync(cancellation), await db.Reminders.CountAsync(cancellation)));
        }

        // A wrong number queues nothing and shows the preview again.
        await page.Locator("input[name='reason']").FillAsync("INC-15 MFA drive");
        await page.GetByTestId("confirm-count").FillAsync((eligible - 1).ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("confirm-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-error")).ToBeVisibleAsync();
        await using (var db = console.CreateDbContext())
        {
            Assert.Equal(0, await db.ReminderBatches.CountAsync(cancellation));
        }

        await page.GetByTestId("confirm-count").FillAsync(eligible.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("confirm-send").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/reminders/batches/", StringComparison.Ordinal));
        var batchId = Guid.Parse(page.Url.Split('/')[^1]);
        await Assertions.Expect(page.GetByTestId("batch-pending")).Not.ToHaveTextAsync("0");
        await console.WaitUntilAsync("the first mails are sent", async (db, token) => await SentAsync(db, batchId, token) > 0, SlotTimeout, cancellation);

        await page.GetByTestId("batch-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("batch-state")).ToHaveAttributeAsync("data-state", nameof(ReminderBatchState.Paused));
        int sentWhenPaused;
        await using (var db = console.CreateDbContext())
        {
            sentWhenPaused = await SentAsync(db, batchId, cancellation);
        }

        // The job says when it stopped: at most one mail (the one that already held its slot) leaves after the click.
        await WaitForOutputAsync($"Reminder batch {batchId} paused");
        await using (var db = console.CreateDbContext())
        {
            var sentAfterPause = await SentAsync(db, batchId, cancellation);
            Assert.InRange(sentAfterPause, sentWhenPaused, sentWhenPaused + 1);
            Assert.True(sentAfterPause < eligible, "Paused before the last mail.");
        }

        await page.GetByTestId("batch-cancel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("batch-state")).ToHaveAttributeAsync("data-state", nameof(ReminderBatchState.Cancelled),
            new() { Timeout = (float)SlotTimeout.TotalMilliseconds });
        var sent = int.Parse(await page.GetByTestId("batch-sent").TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        var skipped = int.Parse(await page.GetByTestId("batch-skipped").TextContentAsync() ?? "", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("batch-pending")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByTestId("batch-failed")).ToHaveTextAsync("0");
        Assert.Equal(eligible, sent + skipped);
        Assert.Equal(sent, (await console.Simulator.OutboxAsync(cancellation)).Count);
        await using (var db = console.CreateDbContext())
        {
            Assert.Equal(sent, await SentAsync(db, batchId, cancellation));
            Assert.Equal(skipped, await db.Reminders.CountAsync(r => r.BatchId == batchId && r.Outcome == ReminderOutcome.Skipped && r.Error == ReminderReasons.Cancelled, cancellation));
        }

        await page.GotoAsync("/reminders");
        var row = page.Locator($"tr[data-batch='{batchId}']");
        await Assertions.Expect(row.GetByTestId("list-sent")).ToHaveTextAsync(sent.ToString(CultureInfo.CurrentCulture));
        await Assertions.Expect(row.GetByTestId("list-skipped")).ToHaveTextAsync(skipped.ToString(CultureInfo.CurrentCulture));
        await Assertions.Expect(row.GetByTestId("list-pending")).ToHaveTextAsync("0");
    }

    /// <summary>The database's own answer: current members of reachable tenants without enough MFA methods, never reminded.</summary>
    private async Task<int> EligibleUsersAsync()
    {
        await using var db = console!.CreateDbContext();
        return await db.TenantUsers.CountAsync(u => u.RemovedAt == null && !u.IsGuest
            && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod)
            && db.Tenants.Any(t => t.Id == u.TenantId && t.OffboardedAt == null && t.ConsentState != ConsentState.Missing && t.ConsentState != ConsentState.PermissionMissing)
            && !db.Reminders.Any(r => r.TenantId == u.TenantId && r.UserObjectId == u.ObjectId), cancellation);
    }

    private static Task<int> SentAsync(MspConsole.Infrastructure.Persistence.SqliteMspConsoleDbContext db, Guid batchId, CancellationToken cancellationToken) =>
        db.Reminders.CountAsync(r => r.BatchId == batchId && r.Outcome == ReminderOutcome.Sent, cancellationToken);

    private Task WaitForOutputAsync(string text) =>
        WaitUntil.TrueAsync($"\"{text}\" in the console's output", _ => Task.FromResult(console!.Output.Contains(text, StringComparison.Ordinal)), SlotTimeout, cancellation,
            TimeSpan.FromMilliseconds(500));

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
