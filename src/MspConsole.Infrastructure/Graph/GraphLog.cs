using Microsoft.Extensions.Logging;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>The Graph client's log messages (source-generated). Never a secret, token or Temporary Access Pass here.</summary>
internal static partial class GraphLog
{
    // Debug: the refusal reaches the caller as a GraphFailureException, and the poll, action or reminder logs its one warning.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Token for tenant {TenantId} refused: {FailureKind} {ErrorCode} (trace {TraceId})")]
    public static partial void TokenRefused(ILogger logger, Guid tenantId, GraphFailureKind failureKind, string? errorCode, string? traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token for tenant {TenantId} could not be requested: MSAL {MsalErrorCode}")]
    public static partial void TokenNotRequested(ILogger logger, Guid tenantId, string msalErrorCode);

    [LoggerMessage(Message = "Graph {Operation} for tenant {TenantId} failed: {FailureKind} {ErrorCode} (request {RequestId}, retry after {RetryAfter})")]
    public static partial void CallFailed(ILogger logger, LogLevel level, string operation, Guid tenantId, GraphFailureKind failureKind,
        string? errorCode, string? requestId, TimeSpan? retryAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} of tenant {TenantId} vanished during the poll")]
    public static partial void UserVanished(ILogger logger, string userId, Guid tenantId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Tenant {TenantId} has no conditional access ({ErrorCode}, request {RequestId})")]
    public static partial void NoConditionalAccess(ILogger logger, Guid tenantId, string? errorCode, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph {Operation} for user {UserId} in tenant {TenantId} done (request {RequestId})")]
    public static partial void Mutated(ILogger logger, string operation, string userId, Guid tenantId, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {MethodKind} method {MethodId} of user {UserId} in tenant {TenantId} (request {RequestId})")]
    public static partial void MethodDeleted(ILogger logger, AuthenticationMethodKind methodKind, string methodId, string userId, Guid tenantId, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Set default MFA method of user {UserId} in tenant {TenantId} to {DefaultMethod} (request {RequestId})")]
    public static partial void DefaultMethodSet(ILogger logger, string? defaultMethod, string userId, Guid tenantId, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph {Operation} ({PhoneType}) for user {UserId} in tenant {TenantId} done (request {RequestId})")]
    public static partial void PhoneChanged(ILogger logger, string operation, PhoneType phoneType, string userId, Guid tenantId, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued Temporary Access Pass {MethodId} to user {UserId} in tenant {TenantId} (request {RequestId})")]
    public static partial void TemporaryAccessPassIssued(ILogger logger, string? methodId, string userId, Guid tenantId, string? requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin roles of tenant {TenantId} could not be read ({ErrorCode}, request {RequestId}): "
        + "RoleManagement.Read.Directory is not granted, so the per-user fallback marks no user as admin")]
    public static partial void AdminRolesUnreadable(ILogger logger, Guid tenantId, string? errorCode, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Role {Role} in tenant {TenantId} is held by group {GroupId}; its members are not counted as admins")]
    public static partial void RoleHeldByGroup(ILogger logger, string? role, string groupId, Guid tenantId);
}
