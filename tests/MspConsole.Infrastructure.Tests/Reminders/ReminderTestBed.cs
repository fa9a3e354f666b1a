using MspConsole.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Reminders;
using MspConsole.GraphSimulator;
using MspConsole.Infrastructure.Reminders;
using MspConsole.TestKit.Harness;

namespace MspConsole.Infrastructure.Tests.Reminders;

/// <summary>The real infrastructure against the simulator, with reminders sent from a mailbox of the first simulated tenant.</summary>
internal sealed class ReminderTestBed : IAsyncDisposable
{
    public const string MspContact = "MSP Helpdesk +32 2 555 01 01";

    private ReminderTestBed(ConsoleHarness harness, Guid senderTenant, string senderMailbox)
    {
        Harness = harness;
        SenderTenant = senderTenant;
        SenderMailbox = senderMailbox;
    }

    public ConsoleHarness Harness { get; }

    public Guid SenderTenant { get; }

    public string SenderMailbox { get; }

    public static AuditActor Helpdesk { get; } = new("6a1c0000-0000-4000-8000-00000000b001", "hugo.helpdesk@msp.example", "Helpdesk", ClientIp: "10.0.0.1", CorrelationId: "corr-1");

    public static async Task<ReminderTestBed> StartAsync(int tenants = 3, int seed = 5, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var simulator = new SimulatorOptions { Tenants = tenants, Seed = seed, TimeProvider = time ?? TimeProvider.System };
        // The sender is chosen before start-up: the simulator's dataset depends only on (seed, index).
        await using (var probe = await SimulatorHost.StartAsync(simulator with { TimeProvider = TimeProvider.System }))
        {
            var senderTenant = probe.State.GetTenantSummaries()[0].Id;
            var sender = probe.State.GetUsers(senderTenant)!.First(u => u.UserType == "Member" && u.AccountEnabled).UserPrincipalName;
            var all = new Dictionary<string, string?>
            {
                ["Reminders:DefaultSenderMailbox"] = sender,
                ["Reminders:SenderTenantId"] = senderTenant.ToString(),
                ["Reminders:MspHelpdeskContact"] = MspContact,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            var harness = await ConsoleHarness.StartAsync(simulator, time, all);
            return new ReminderTestBed(harness, senderTenant, sender);
        }
    }

    public Task<ReminderBatch> SendToUsersAsync(Guid tenantId, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken) =>
        SendToUsersAsync(Harness.Services, tenantId, objectIds, cancellationToken);

    /// <summary>Sends from <paramref name="instance"/>: the harness's services or another instance of <see cref="ConsoleHarness.CreateInstance"/>.</summary>
    public static async Task<ReminderBatch> SendToUsersAsync(IServiceProvider instance, Guid tenantId, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        await using var scope = instance.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<ReminderRequests>().ForUsersAsync(tenantId, objectIds, "INC-42 MFA drive", Helpdesk, cancellationToken)
            ?? throw new InvalidOperationException("No known user in the selection.");
        return (await scope.ServiceProvider.GetRequiredService<ReminderBatchProcessor>().ProcessAsync(batch.Id, cancellationToken))!;
    }

    public async Task<ReminderBatch> SendToTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = Harness.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().PlanAsync(tenantId, null, cancellationToken);
        var batch = await scope.ServiceProvider.GetRequiredService<ReminderRequests>().ForPlanAsync(ReminderTarget.Tenant, tenantId, plan, "Quarterly MFA drive", Helpdesk, cancellationToken);
        return (await scope.ServiceProvider.GetRequiredService<ReminderBatchProcessor>().ProcessAsync(batch.Id, cancellationToken))!;
    }

    public async Task<List<Reminder>> RemindersAsync(CancellationToken cancellationToken)
    {
        await using var db = Harness.CreateDbContext();
        return await db.Reminders.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
