namespace MspConsole.Core.Audit;

/// <summary>The append-only audit log. There is deliberately no way to edit or delete an entry.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry, chained to the last one, and saves it (with any pending changes of the caller's unit of work).</summary>
    Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken);
}
