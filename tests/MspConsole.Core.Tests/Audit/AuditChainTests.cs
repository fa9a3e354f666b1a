using System.Reflection;
using MspConsole.Core.Audit;

namespace MspConsole.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly AuditKey Key = new(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_AnIntactChain_ReportsEveryEntryChecked()
    {
        var chain = Chain(3);

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), [Checkpoint(chain[^1])], Key, cancellation);

        Assert.True(report.IsIntact, string.Join('\n', report.Findings));
        Assert.Equal(3, report.EntriesChecked);
    }

    [Fact]
    public async Task Verify_AnAlteredEntry_ReportsItsContentDoesNotMatch()
    {
        var chain = Chain(3);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Reason))!.SetValue(chain[1], "nothing to see here");

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), [Checkpoint(chain[^1])], Key, cancellation);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(2, finding.EntryId);
        Assert.Contains("keyed hash", finding.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ARemovedEntry_ReportsTheMissingPosition()
    {
        var chain = Chain(3);
        var last = Checkpoint(chain[^1]);
        chain.RemoveAt(1);

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), [last], Key, cancellation);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("position 2 is missing: an entry was deleted", finding.Problem);
    }

    [Fact]
    public async Task Verify_WithoutAnyCheckpoint_SaysTruncationCannotBeDetected()
    {
        var report = await AuditChain.VerifyAsync(Chain(2).ToAsyncEnumerable(), [], Key, cancellation);

        Assert.Contains("no signed checkpoint was found", Assert.Single(report.Findings).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ACheckpointSignedWithAnotherKey_IsReportedAsAltered()
    {
        var chain = Chain(2);
        var forged = AuditCheckpoint.Sign(chain[^1].Head, Now, new AuditKey(new byte[32]));

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), [Checkpoint(chain[^1]), forged], Key, cancellation);

        Assert.Contains("not signed with the audit key", Assert.Single(report.Findings).Problem, StringComparison.Ordinal);
    }

    private static AuditCheckpoint Checkpoint(AuditEntry entry) => AuditCheckpoint.Sign(entry.Head, Now, Key);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChainHead.Genesis;
        for (var i = 0; i < length; i++)
        {
            var entry = AuditEntry.Chain(new AuditEvent(Now.AddMinutes(i), "oid", "hugo@msp.example", "Helpdesk", $"Action{i}", AuditOutcome.Succeeded, Reason: $"reason {i}"), previous, Key);
            typeof(AuditEntry).GetProperty(nameof(AuditEntry.Id), BindingFlags.Instance | BindingFlags.Public)!.SetValue(entry, (long)i + 1);
            entries.Add(entry);
            previous = entry.Head;
        }

        return entries;
    }
}
