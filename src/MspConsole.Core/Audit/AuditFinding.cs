namespace MspConsole.Core.Audit;

/// <summary>One sign of tampering: the entry it was seen at (null for the chain as a whole) and what was seen.</summary>
public sealed record AuditFinding(long? EntryId, string Problem);
