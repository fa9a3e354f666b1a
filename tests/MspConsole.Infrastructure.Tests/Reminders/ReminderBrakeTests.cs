using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Reminders;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Tests.Reminders;

/// <summary>A bulk send's plan (what the preview shows) and the brake on its batch: pause, resume, cancel.</summary>
public sealed class ReminderBrakeTests
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Plan_OfATenant_CountsTheMailsAndWhoIsLeftOutWhy_AndQueuesNothing()
    {
        await using var bed = await StartedAsync();
        var tenantId = bed.SenderTenant;
        var nonCompliant = await NonCompliantIdsAsync(bed, tenantId);
        await bed.SendToUsersAsync(tenantId, [nonCompliant[0]], cancellation);
        await using (var db = bed.Harness.CreateDbContext())
        {
            var user = await db.TenantUsers.SingleAsync(u => u.TenantId == tenantId && u.ObjectId == nonCompliant[1], cancellation);
            user.Exclude("Break-glass account");
            await db.SaveChangesAsync(cancellation);
        }

        var reminders = (await bed.RemindersAsync(cancellation)).Count;
        var plan = await PlanAsync(bed, tenantId);

        Assert.Equal(nonCompliant.Count - 2, plan.Total);
        Assert.Equal(1, plan.Skipped.RemindedRecently);
        Assert.Equal(1, plan.Skipped.Excluded);
        await using (var db = bed.Harness.CreateDbContext())
        {
            Assert.Equal(await db.TenantUsers.CountAsync(u => u.TenantId == tenantId && u.RemovedAt == null && !u.IsGuest && u.Status == MfaStatus.Resilient, cancellation),
                plan.Skipped.AlreadyCompliant);
        }

        var tenant = Assert.Single(plan.Tenants);
        Assert.Equal((plan.Total, bed.SenderMailbox), (tenant.Mails, tenant.SenderMailbox));
        var mailbox = Assert.Single(plan.Mailboxes);
        Assert.Equal(plan.Total, mailbox.Mails);
        Assert.Equal(reminders, (await bed.RemindersAsync(cancellation)).Count);
    }

    [Fact]
    public async Task PausedBatch_SendsNothing_UntilResumed_ThenSendsEveryPendingMail()
    {
        await using var bed = await StartedAsync();
        var batch = await QueueTenantAsync(bed, bed.SenderTenant);
        await ChangeAsync(bed, batch.Id, b => b.Pause(bed.Harness.Time.GetUtcNow()));

        var paused = await ProcessAsync(bed, batch.Id);

        Assert.False(paused!.IsFinished);
        Assert.Empty(bed.Harness.Simulator.State.Outbox);
        Assert.All(await BatchRemindersAsync(bed, batch.Id), reminder => Assert.Null(reminder.Outcome));

        await ChangeAsync(bed, batch.Id, b => b.Resume());
        var finished = await ProcessAsync(bed, batch.Id);

        Assert.True(finished!.IsFinished);
        Assert.True(finished.Sent > 0);
        Assert.Equal(finished.Sent, bed.Harness.Simulator.State.Outbox.Count);
    }

    [Fact]
    public async Task CancelledBatch_SkipsEveryUnsentMail_AndFinishesWithItsAuditEntry()
    {
        await using var bed = await StartedAsync();
        var batch = await QueueTenantAsync(bed, bed.SenderTenant);
        await ChangeAsync(bed, batch.Id, b => b.Pause(bed.Harness.Time.GetUtcNow()));
        await ProcessAsync(bed, batch.Id);
        await ChangeAsync(bed, batch.Id, b => b.Cancel(bed.Harness.Time.GetUtcNow()));

        var cancelled = await ProcessAsync(bed, batch.Id);

        Assert.True(cancelled!.IsFinished);
        Assert.Equal(0, cancelled.Sent);
        Assert.Empty(bed.Harness.Simulator.State.Outbox);
        Assert.All(await BatchRemindersAsync(bed, batch.Id), reminder => Assert.Equal((ReminderOutcome.Skipped, ReminderReasons.Cancelled), (reminder.Outcome!.Value, reminder.Error)));
        await using var db = bed.Harness.CreateDbContext();
        var audit = Assert.Single(await db.AuditEntries.Where(e => e.After != null && e.After.Contains(batch.Id.ToString())).ToListAsync(cancellation));
        Assert.Contains("\"cancelled\":true", audit.After, StringComparison.Ordinal);
    }

    private async Task<ReminderTestBed> StartedAsync()
    {
        var bed = await ReminderTestBed.StartAsync(tenants: 1);
        await bed.Harness.OnboardAllTenantsAsync(cancellation);
        await bed.Harness.PollAsync(bed.SenderTenant, cancellation);
        return bed;
    }

    private async Task<ReminderPlan> PlanAsync(ReminderTestBed bed, Guid tenantId)
    {
        await using var scope = bed.Harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(tenantId, null, cancellation);
    }

    private async Task<ReminderBatch> QueueTenantAsync(ReminderTestBed bed, Guid tenantId)
    {
        var plan = await PlanAsync(bed, tenantId);
        Assert.True(plan.Total > 1, "The dataset has more than one non-compliant user.");
        await using var scope = bed.Harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRequests>().ForPlanAsync(ReminderTarget.Tenant, tenantId, plan, "INC-1 drive", ReminderTestBed.Helpdesk, cancellation);
    }

    private async Task<ReminderBatch?> ProcessAsync(ReminderTestBed bed, Guid batchId)
    {
        await using var scope = bed.Harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderBatchProcessor>().ProcessAsync(batchId, cancellation);
    }

    private async Task ChangeAsync(ReminderTestBed bed, Guid batchId, Func<ReminderBatch, bool> change)
    {
        await using var db = bed.Harness.CreateDbContext();
        Assert.True(change(await db.ReminderBatches.SingleAsync(b => b.Id == batchId, cancellation)));
        await db.SaveChangesAsync(cancellation);
    }

    private async Task<List<Reminder>> BatchRemindersAsync(ReminderTestBed bed, Guid batchId)
    {
        await using var db = bed.Harness.CreateDbContext();
        return await db.Reminders.AsNoTracking().Where(r => r.BatchId == batchId).ToListAsync(cancellation);
    }

    private async Task<List<string>> NonCompliantIdsAsync(ReminderTestBed bed, Guid tenantId)
    {
        await using var db = bed.Harness.CreateDbContext();
        var ids = await db.TenantUsers.AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.RemovedAt == null && !u.IsGuest && (u.Status == MfaStatus.NotRegistered || u.Status == MfaStatus.SingleMethod))
            .OrderBy(u => u.Id).Select(u => u.ObjectId).ToListAsync(cancellation);
        Assert.True(ids.Count > 3, "The dataset has non-compliant users.");
        return ids;
    }
}
