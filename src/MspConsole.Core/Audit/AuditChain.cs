using System.Globalization;

namespace MspConsole.Core.Audit;

/// <summary>
/// Verifies the keyed chain against the signed checkpoints: every entry's keyed hash, its position and link, the
/// positions that are missing, and the entries each checkpoint recorded (so deleted last entries, an emptied table or
/// a chain replaced by someone without the key show).
/// </summary>
public static class AuditChain
{
    private const int MaxFindingsPerKind = 10;

    public static async Task<AuditChainReport> VerifyAsync(
        IAsyncEnumerable<AuditEntry> entriesInIdOrder, IReadOnlyList<AuditCheckpoint> checkpoints, AuditKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entriesInIdOrder);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var findings = new FindingList();
        var signed = SignedCheckpoints(checkpoints, key, findings);
        var positions = new List<long>();
        var previous = AuditChainHead.Genesis;
        var previousIntact = true;
        await foreach (var entry in entriesInIdOrder.WithCancellation(cancellationToken))
        {
            positions.Add(entry.Sequence);
            var intact = entry.HasIntactHash(key);
            if (!intact)
            {
                findings.Add("hash", entry.Id, "its content does not match its keyed hash: the entry was altered, inserted, or its hash recomputed without the audit key");
            }
            else if (entry.Sequence <= previous.Sequence)
            {
                findings.Add("order", entry.Id, Text($"it is position {entry.Sequence} of the chain but is stored after position {previous.Sequence}: rows were reordered"));
            }
            else if (previousIntact && entry.Sequence == previous.Sequence + 1 && !string.Equals(entry.PreviousHash, previous.Hash, StringComparison.Ordinal))
            {
                findings.Add("link", entry.Id, "it does not link to the entry before it: the chain was spliced");
            }

            if (intact && signed.TryGetValue(entry.Sequence, out var checkpoint) && !string.Equals(checkpoint.Hash, entry.Hash, StringComparison.Ordinal))
            {
                findings.Add("checkpoint", entry.Id, Text($"the checkpoint of {checkpoint.At:O} recorded another entry at position {entry.Sequence}: the chain was replaced"));
            }

            previous = entry.Head;
            previousIntact = intact;
        }

        AddMissingPositions(positions, findings);
        AddTruncation(positions, signed, findings);
        return new AuditChainReport(positions.Count, checkpoints.Count, findings.All);
    }

    private static Dictionary<long, AuditCheckpoint> SignedCheckpoints(IReadOnlyList<AuditCheckpoint> checkpoints, AuditKey key, FindingList findings)
    {
        var signed = new Dictionary<long, AuditCheckpoint>();
        foreach (var checkpoint in checkpoints)
        {
            if (checkpoint.IsSignedWith(key))
            {
                signed[checkpoint.Sequence] = checkpoint;
            }
            else
            {
                findings.Add("signature", null, Text($"the checkpoint of {checkpoint.At:O} at position {checkpoint.Sequence} is not signed with the audit key: the checkpoint file was altered"));
            }
        }

        return signed;
    }

    private static void AddMissingPositions(List<long> positions, FindingList findings)
    {
        var expected = 1L;
        foreach (var position in positions.Where(p => p > 0).Order().Distinct())
        {
            if (position > expected)
            {
                findings.Add("missing", null, position - 1 == expected
                    ? Text($"position {expected} is missing: an entry was deleted")
                    : Text($"positions {expected} to {position - 1} are missing: entries were deleted"));
            }

            expected = position + 1;
        }
    }

    private static void AddTruncation(List<long> positions, Dictionary<long, AuditCheckpoint> signed, FindingList findings)
    {
        if (signed.Count == 0)
        {
            if (positions.Count > 0)
            {
                findings.Add("truncation", null, "no signed checkpoint was found: deleted last entries could not be detected (is Audit:CheckpointDirectory the directory the console writes to?)");
            }

            return;
        }

        var latest = signed.Values.MaxBy(checkpoint => checkpoint.Sequence)!; // signed is not empty here.
        var end = positions.Count == 0 ? 0 : positions.Max();
        if (latest.Sequence <= end)
        {
            return;
        }

        findings.Add("truncation", null, positions.Count == 0
            ? Text($"the audit table is empty but the checkpoint of {latest.At:O} recorded {latest.Sequence} entries: every entry was deleted")
            : Text($"the chain ends at position {end} but the checkpoint of {latest.At:O} recorded {latest.Sequence} entries: the last {latest.Sequence - end} entries were deleted"));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The findings, at most <see cref="MaxFindingsPerKind"/> of a kind (a recomputed chain fails at every entry after the edit).</summary>
    private sealed class FindingList
    {
        private readonly Dictionary<string, int> counts = [];
        private readonly List<AuditFinding> findings = [];

        public IReadOnlyList<AuditFinding> All
        {
            get
            {
                var more = counts.Where(count => count.Value > MaxFindingsPerKind).Sum(count => count.Value - MaxFindingsPerKind);
                return more == 0 ? findings : [.. findings, new AuditFinding(null, Text($"and {more} more findings of the same kinds"))];
            }
        }

        public void Add(string kind, long? entryId, string problem)
        {
            var count = counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (count <= MaxFindingsPerKind)
            {
                findings.Add(new AuditFinding(entryId, problem));
            }
        }
    }
}
