namespace MspConsole.Core.Audit;

/// <summary>The end of the chain a new entry links to: its position (1 for the first entry) and hash.</summary>
public sealed record AuditChainHead(long Sequence, string Hash)
{
    public static AuditChainHead Genesis { get; } = new(0, AuditEntry.GenesisHash);
}
