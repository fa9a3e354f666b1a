using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Jobs;
using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Jobs;

public sealed class PollAllTenantsJobTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_SchedulesOnePollPerActiveTenant_SpreadOverTheWindow()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var active = Enumerable.Range(0, 20).Select(_ => NewTenant()).ToList();
        var paused = NewTenant();
        paused.PausePolling();
        var offboarded = NewTenant();
        offboarded.Offboard(Now);
        var withoutConsent = NewTenant();
        withoutConsent.RecordConsent(ConsentState.Missing);
        await using (var db = database.CreateContext())
        {
            db.Tenants.AddRange([.. active, paused, offboarded, withoutConsent]);
            await db.SaveChangesAsync(cancellation);
        }

        var jobs = new RecordingJobClient();
        await using var context = database.CreateContext();
        var options = Options.Create(new JobsOptions { PollSpreadMinutes = 30 });
        await new PollAllTenantsJob(context, jobs, options, NullLogger<PollAllTenantsJob>.Instance).RunAsync(cancellation);

        var scheduledTenants = jobs.Created.Select(job => (Guid)job.Job.Args[0]!).ToList();
        Assert.Equal(active.Select(t => t.Id).Order(), scheduledTenants.Order());
        Assert.All(jobs.Created, job => Assert.Equal(nameof(PollTenantJob.RunAsync), job.Job.Method.Name));
        var delays = jobs.Created.Select(job => ((ScheduledState)job.State).EnqueueAt - ((ScheduledState)job.State).ScheduledAt).ToList();
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(-5), TimeSpan.FromMinutes(30)));
        Assert.True(delays.Max() - delays.Min() > TimeSpan.FromMinutes(5), "polls should be spread, not started together");
    }

    [Fact]
    public void Jitter_IsStablePerTenant_AndWithinTheWindow()
    {
        var tenantId = Guid.NewGuid();
        var window = TimeSpan.FromMinutes(30);

        Assert.Equal(PollAllTenantsJob.Jitter(tenantId, window), PollAllTenantsJob.Jitter(tenantId, window));
        Assert.InRange(PollAllTenantsJob.Jitter(tenantId, window), TimeSpan.Zero, window);
        Assert.Equal(TimeSpan.Zero, PollAllTenantsJob.Jitter(tenantId, TimeSpan.Zero));
    }

    private static Tenant NewTenant()
    {
        var id = Guid.NewGuid();
        return new Tenant(id, $"Tenant {id:N}", $"t-{id:N}.example", ContractOwner.Msp, SupportedLanguage.Dutch, Now);
    }

    /// <summary>Hangfire's client is an edge: record what would be created instead of storing it.</summary>
    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<(Job Job, IState State)> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, state));
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
