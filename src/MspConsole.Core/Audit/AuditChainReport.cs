namespace MspConsole.Core.Audit;

/// <summary>What a verification checked and every sign of tampering it found (none: the chain is intact).</summary>
public sealed record AuditChainReport(long EntriesChecked, int CheckpointsChecked, IReadOnlyList<AuditFinding> Findings)
{
    public bool IsIntact => Findings.Count == 0;
}
