using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Actions;

/// <summary>What the pass page shows once: the pass and what the audit log and Graph know of its creation.</summary>
public sealed record IssuedPass(Guid RequestId, TemporaryAccessPass Pass, long AuditEntryId, string? GraphRequestId);
