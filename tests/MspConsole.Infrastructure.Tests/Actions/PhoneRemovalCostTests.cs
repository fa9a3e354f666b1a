using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Infrastructure.Tests.Actions;

/// <summary>
/// What one phone removal costs: the Graph requests the simulator saw for the tenant, and the database commands EF
/// sent to the harness's database. The counts are pinned, so a change that adds a call shows up here.
/// </summary>
public sealed class PhoneRemovalCostTests(ActionsHarness harness) : IClassFixture<ActionsHarness>
{
    private const string MobileId = "3179e48a-750b-4051-897c-87b9720928f7";
    private const string OfficeId = "e37fc753-ff3b-4958-9484-eaa9425c82bc";

    [Fact]
    public async Task RemovingAPhoneThatIsNotTheDefault_Costs5GraphCalls_And6DatabaseRoundTrips()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"), (PhoneType.Office, "+32 22223333"));

        var (result, graphCalls, roundTrips) = await MeasureAsync(userId, OfficeId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal((5, 6), (graphCalls, roundTrips));
    }

    [Fact]
    public async Task RemovingTheDefaultPhone_Costs6GraphCalls_And6DatabaseRoundTrips()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"), (PhoneType.Office, "+32 22223333"));

        var (result, graphCalls, roundTrips) = await MeasureAsync(userId, MobileId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal((6, 6), (graphCalls, roundTrips));
    }

    private async Task<(HelpdeskActionResult Result, long GraphCalls, int RoundTrips)> MeasureAsync(string userId, string phoneId)
    {
        var graphBefore = harness.Simulator.Faults.RequestStats(harness.TenantId).Total;
        using var commands = new DatabaseCommandCounter(new SqliteConnectionStringBuilder(harness.Console.Settings["Database:ConnectionString"]).DataSource);
        var result = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId, new ActionParameters(MethodId: phoneId, MethodKind: AuthenticationMethodKind.Phone));
        return (result, harness.Simulator.Faults.RequestStats(harness.TenantId).Total - graphBefore, commands.Count);
    }

    /// <summary>Counts the commands EF executes against one SQLite file (every round trip, including failed ones), from
    /// EF's diagnostic events: the harness builds its services itself, so no interceptor can be added to its context.</summary>
    private sealed class DatabaseCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string dataSource;
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public DatabaseCommandCounter(string dataSource)
        {
            this.dataSource = dataSource;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if ((value.Key == RelationalEventId.CommandExecuted.Name || value.Key == RelationalEventId.CommandError.Name)
                && value.Value is CommandEndEventData { Command.Connection: DbConnection connection }
                && string.Equals(connection.DataSource, dataSource, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
