namespace MspConsole.Core.Audit;

public sealed record AuditChainReport(long EntriesChecked, long? FirstBrokenEntryId, string? Problem)
{
    public bool IsIntact => FirstBrokenEntryId is null;
}
