using System.Globalization;

namespace MspConsole.Core.Audit;

/// <summary>
/// A signed statement, kept outside the audit table, that the chain had <see cref="Sequence"/> entries ending in
/// <see cref="Hash"/> at <see cref="At"/>: deleting the last entries, emptying the table or replacing the chain shows
/// against it.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset At, string Signature)
{
    public static AuditCheckpoint Sign(AuditChainHead head, DateTimeOffset at, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(key);
        return new(head.Sequence, head.Hash, at, key.CheckpointMac(Content(head.Sequence, head.Hash, at)));
    }

    public bool IsSignedWith(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Equals(Signature, key.CheckpointMac(Content(Sequence, Hash, At)), StringComparison.Ordinal);
    }

    private static string Content(long sequence, string hash, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence}|{hash}|{at.UtcTicks}");
}
