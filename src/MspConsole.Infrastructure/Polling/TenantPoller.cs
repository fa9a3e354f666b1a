using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Graph;
using MspConsole.Core.Polling;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Figures;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Polling;

/// <summary>
/// Polls one tenant: streams its registration state page by page into TenantUser (one save per page), then reads
/// /users (accountEnabled) to mark disabled accounts, which the registration report leaves out, and marks users missing
/// from /users removed; records the enforcement posture, the day's snapshot and a PollRun.
/// A failure leaves the previous good data in place and the run marked failed with the reason.
/// </summary>
public sealed class TenantPoller(
    MspConsoleDbContext db,
    ITenantGraphClientFactory graph,
    ITenantPollLock pollLock,
    TimeProvider time,
    IOptions<PollingOptions> options,
    ILogger<TenantPoller> logger)
{
    public async Task<PollResult> PollAsync(Guid tenantId, PollTrigger trigger, CancellationToken cancellationToken)
    {
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenantId });
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null || tenant.OffboardedAt is not null || (trigger != PollTrigger.Manual && !tenant.IsActive))
        {
            logger.LogInformation("Not polling {TenantId}: unknown, offboarded, paused or without consent", tenantId);
            return new PollResult(PollOutcome.Skipped);
        }

        using var held = pollLock.TryAcquire(tenantId);
        if (held is null)
        {
            // With no run to show for it, the holder may be a process that died between taking the lock and saving its
            // run (its lock outlives it on SQLite): come back once the lock has expired instead of losing this poll.
            var visible = await db.PollRuns.AnyAsync(run => run.TenantId == tenantId && run.Outcome == PollOutcome.Running, cancellationToken);
            logger.LogInformation("Not polling {TenantId}: another poll of this tenant holds its lock (run visible: {RunVisible})", tenantId, visible);
            return new PollResult(PollOutcome.Skipped, RetryAfter: visible ? null : pollLock.AbandonedLockExpiry + TimeSpan.FromSeconds(5));
        }

        var startedAt = time.GetUtcNow();
        var run = new PollRun(tenantId, trigger, startedAt);
        db.PollRuns.Add(run);
        tenant.PollStarted(startedAt);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogDebug("Polling {TenantId} ({Trigger}), run {RunId}", tenantId, trigger, run.Id);

        var client = graph.ForTenant(tenantId);
        var source = DataSource.RegistrationReport;
        try
        {
            var posture = await client.GetEnforcementPostureAsync(cancellationToken);
            try
            {
                await StorePagesAsync(client.ReadRegistrationPagesAsync(cancellationToken), run, cancellationToken);
            }
            catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.NotLicensed && run.Pages == 0)
            {
                logger.LogDebug("{TenantId} has no Entra ID P1: reading each user's methods instead", tenantId);
                source = DataSource.PerUserFallback;
                await StorePagesAsync(client.ReadRegistrationPagesFromMethodsAsync(cancellationToken), run, cancellationToken);
            }

            await StoreDirectoryStateAsync(client.ReadUserPagesAsync(cancellationToken), run, cancellationToken);
            var finishedAt = time.GetUtcNow();
            var removed = await TenantFigureStore.MarkUnseenRemovedAsync(db, tenantId, startedAt, finishedAt, cancellationToken);
            await RecordSnapshotAsync(tenantId, finishedAt, cancellationToken);
            var calls = client.CallCounts;
            run.Finish(finishedAt, PollOutcome.Succeeded, source, removed, calls.Requests, calls.Retries);
            await SaveTenantAsync(tenant, t => t.PollSucceeded(finishedAt, source, posture), cancellationToken);
            logger.LogInformation("Polled {TenantId} ({DataSource}): {UserCount} users in {PageCount} pages, {RemovedCount} removed, {Requests} requests, {Retries} retries, {ElapsedMs} ms",
                tenantId, source, run.Users, run.Pages, removed, calls.Requests, calls.Retries, (finishedAt - startedAt).TotalMilliseconds);
            return new PollResult(PollOutcome.Succeeded, RunId: run.Id);
        }
        catch (GraphFailureException failure)
        {
            return await RecordFailureAsync(tenant, run, source, client.CallCounts, failure);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FinishFailedAsync(tenant, run, source, client.CallCounts, PollOutcome.Failed, "Stopped: the server shut down during the poll.", null);
            throw;
        }
    }

    private async Task StorePagesAsync(IAsyncEnumerable<IReadOnlyList<UserRegistration>> pages, PollRun run, CancellationToken cancellationToken)
    {
        await foreach (var page in pages.ReadingAheadAsync(cancellationToken))
        {
            var (known, added) = await RefreshUsersAsync(page, run, cancellationToken);
            run.PageRead(page.Count);
            await SavePageAsync(run, known, added, cancellationToken);
        }
    }

    /// <summary>Loads the page's stored users (one query, tracked) and applies the page to them; the users not stored yet
    /// come back apart, untracked.</summary>
    private async Task<(IReadOnlyCollection<TenantUser> Known, IReadOnlyCollection<TenantUser> Added)> RefreshUsersAsync(
        IReadOnlyList<UserRegistration> page, PollRun run, CancellationToken cancellationToken)
    {
        var ids = page.Select(registration => registration.Id).ToList();
        var known = await db.TenantUsers
            .Where(user => user.TenantId == run.TenantId && ids.Contains(user.ObjectId))
            .ToDictionaryAsync(user => user.ObjectId, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var added = new Dictionary<string, TenantUser>(StringComparer.OrdinalIgnoreCase);
        foreach (var registration in page)
        {
            if (!known.TryGetValue(registration.Id, out var user) && !added.TryGetValue(registration.Id, out user))
            {
                user = new TenantUser(run.TenantId, registration.Id, run.StartedAt);
                added[registration.Id] = user;
            }

            user.Refresh(registration, run.StartedAt);
        }

        return (known.Values, added.Values);
    }

    /// <summary>
    /// Saves one polled page: the new users (<see cref="NewUserWriter"/>); known users whose registration did not change get
    /// their LastSeenAt in one set-based update instead of a tracked update each; the changed users and the run's progress
    /// go in one SaveChanges; then the search terms of renamed users. On SQLite all in one transaction.
    /// </summary>
    private async Task SavePageAsync(PollRun run, IReadOnlyCollection<TenantUser> known, IReadOnlyCollection<TenantUser> added, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.IsSqlite() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await NewUserWriter.AddAsync(db, added, cancellationToken);
        db.ChangeTracker.DetectChanges();
        var onlySeen = new List<long>();
        foreach (var user in known)
        {
            var entry = db.Entry(user);
            if (entry.State == EntityState.Modified && entry.Properties.All(p => !p.IsModified || p.Metadata.Name == nameof(TenantUser.LastSeenAt)))
            {
                entry.State = EntityState.Unchanged;
                onlySeen.Add(user.Id);
            }
        }

        if (onlySeen.Count > 0)
        {
            await db.TenantUsers.Where(user => onlySeen.Contains(user.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(user => user.LastSeenAt, run.StartedAt), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SearchTermWriter.WriteStaleAsync(db, known.Concat(added), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        DetachUsers();
    }

    /// <summary>
    /// /users decides who still exists and whose account is disabled (the report, and the fallback like it, leaves disabled
    /// accounts out). Per page, only the users whose state may change are loaded: those the report did not just refresh,
    /// those stored as disabled, and those /users calls disabled. Users never polled while enabled are not created here:
    /// the console knows nothing of their registration.
    /// </summary>
    private async Task StoreDirectoryStateAsync(IAsyncEnumerable<IReadOnlyList<DirectoryUser>> pages, PollRun run, CancellationToken cancellationToken)
    {
        var seenAt = run.StartedAt;
        await foreach (var page in pages.ReadingAheadAsync(cancellationToken))
        {
            var ids = page.Select(user => user.Id).ToList();
            var disabled = page.Where(user => !user.AccountEnabled).Select(user => user.Id).ToList();
            var changing = await db.TenantUsers
                .Where(user => user.TenantId == run.TenantId && ids.Contains(user.ObjectId)
                    && (user.LastSeenAt < seenAt || user.DisabledAt != null || disabled.Contains(user.ObjectId)))
                .ToDictionaryAsync(user => user.ObjectId, StringComparer.OrdinalIgnoreCase, cancellationToken);
            foreach (var directoryUser in page)
            {
                if (changing.TryGetValue(directoryUser.Id, out var user))
                {
                    user.SeenInDirectory(directoryUser.AccountEnabled, seenAt);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            DetachUsers();
        }
    }

    /// <summary>Keeps the change tracker to one page of users and their search terms; the tenant and the run stay tracked.
    /// Called after a save, so there are no changes to detect (detecting them again costs a scan of every entry).</summary>
    private void DetachUsers()
    {
        var tracker = db.ChangeTracker;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries<TenantUser>().ToList())
            {
                entry.State = EntityState.Detached;
            }

            foreach (var entry in tracker.Entries<UserSearchTerm>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>The day's snapshot, from the tenant's stored figures (kept equal to a count of its users).</summary>
    private async Task RecordSnapshotAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = await TenantFigureStore.StoredAsync(db, tenantId, cancellationToken);
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var snapshot = await db.TenantSnapshots.SingleOrDefaultAsync(s => s.TenantId == tenantId && s.Day == day, cancellationToken);
        if (snapshot is null)
        {
            snapshot = new TenantSnapshot(tenantId, day);
            db.TenantSnapshots.Add(snapshot);
        }

        snapshot.Record(figures.ToSnapshotCounts(), now);
    }

    private async Task<PollResult> RecordFailureAsync(Tenant tenant, PollRun run, DataSource source, GraphCallCounts calls, GraphFailureException failure)
    {
        var outcome = failure.Kind == GraphFailureKind.Throttled ? PollOutcome.Rescheduled : PollOutcome.Failed;
        var message = $"{failure.Kind}: {failure.Message}";
        await FinishFailedAsync(tenant, run, source, calls, outcome, message, failure.RequestId, GraphFailureRules.ConsentAfter(failure.Kind));
        logger.LogWarning("Poll of {TenantId} {Outcome}: {FailureKind} {Error} (request {GraphRequestId})", tenant.Id, outcome, failure.Kind, failure.Message, failure.RequestId);

        TimeSpan? retryAfter = failure.IsSetupProblem || failure.Kind is GraphFailureKind.NotFound or GraphFailureKind.BadRequest
            ? null
            : failure.RetryAfter ?? TimeSpan.FromSeconds(options.Value.FailedPollRetrySeconds);
        return new PollResult(outcome, retryAfter, run.Id);
    }

    /// <param name="consent">Set for setup problems: retrying will not help until an admin fixes consent or permissions, so the tenant stops being polled.</param>
    private async Task FinishFailedAsync(Tenant tenant, PollRun run, DataSource source, GraphCallCounts calls, PollOutcome outcome, string error, string? requestId, ConsentState? consent = null)
    {
        // Saved even when the job is being cancelled: the reason must survive the shutdown.
        DetachUsers();

        var now = time.GetUtcNow();
        run.Finish(now, outcome, source, removedUsers: 0, calls.Requests, calls.Retries, error, requestId);
        await SaveTenantAsync(tenant, t =>
        {
            t.PollFailed(now, outcome, error);
            if (consent is { } state)
            {
                t.RecordConsent(state);
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Applies the poll's result to the tenant and saves. An admin may have edited the tenant meanwhile
    /// (its concurrency token changed): then the poll re-reads the tenant and applies its result on top.
    /// </summary>
    private async Task SaveTenantAsync(Tenant tenant, Action<Tenant> apply, CancellationToken cancellationToken)
    {
        apply(tenant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(tenant).ReloadAsync(cancellationToken);
            apply(tenant);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
