namespace MspConsole.Core.Audit;

public static class AuditChain
{
    /// <summary>Checks entries in id order; reports the first whose content or link to its predecessor is broken.</summary>
    public static async Task<AuditChainReport> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInIdOrder, CancellationToken cancellationToken)
    {
        var expectedPrevious = AuditEntry.GenesisHash;
        long checkedCount = 0;
        await foreach (var entry in entriesInIdOrder.WithCancellation(cancellationToken))
        {
            checkedCount++;
            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return new(checkedCount, entry.Id, "its link to the previous entry is broken (an entry was removed or altered before it)");
            }

            if (!entry.HasIntactHash())
            {
                return new(checkedCount, entry.Id, "its content does not match its hash (the entry was altered)");
            }

            expectedPrevious = entry.Hash;
        }

        return new(checkedCount, null, null);
    }
}
