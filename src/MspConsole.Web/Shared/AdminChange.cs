using MspConsole.Core.Audit;

namespace MspConsole.Web.Shared;

/// <summary>What an admin changed, for <see cref="AdminAudit"/>.</summary>
public sealed record AdminChange(
    string Action,
    Guid? TenantId,
    object? Before,
    object? After,
    string? Reason = null,
    AuditOutcome Outcome = AuditOutcome.Succeeded,
    string? Error = null,
    string? TargetObjectId = null,
    string? TargetUpn = null);
