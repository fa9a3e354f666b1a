using System.Reflection;
using MspConsole.Core.Audit;

namespace MspConsole.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_AnIntactChain_ReportsEveryEntryChecked()
    {
        var report = await AuditChain.VerifyAsync(Chain(3).ToAsyncEnumerable(), cancellation);

        Assert.True(report.IsIntact);
        Assert.Equal(3, report.EntriesChecked);
    }

    [Fact]
    public async Task Verify_AnAlteredEntry_ReportsItsContentDoesNotMatch()
    {
        var chain = Chain(3);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Reason))!.SetValue(chain[1], "nothing to see here");

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), cancellation);

        Assert.False(report.IsIntact);
        Assert.Equal(2, report.EntriesChecked);
        Assert.Contains("content", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ARemovedEntry_ReportsTheBrokenLink()
    {
        var chain = Chain(3);
        chain.RemoveAt(1);

        var report = await AuditChain.VerifyAsync(chain.ToAsyncEnumerable(), cancellation);

        Assert.False(report.IsIntact);
        Assert.Equal(2, report.EntriesChecked);
        Assert.Contains("link", report.Problem, StringComparison.Ordinal);
    }

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditEntry.GenesisHash;
        for (var i = 0; i < length; i++)
        {
            var entry = AuditEntry.Chain(new AuditEvent(Now.AddMinutes(i), "oid", "hugo@msp.example", "Helpdesk", $"Action{i}", AuditOutcome.Succeeded, Reason: $"reason {i}"), previous);
            typeof(AuditEntry).GetProperty(nameof(AuditEntry.Id), BindingFlags.Instance | BindingFlags.Public)!.SetValue(entry, (long)i + 1);
            entries.Add(entry);
            previous = entry.Hash;
        }

        return entries;
    }
}
