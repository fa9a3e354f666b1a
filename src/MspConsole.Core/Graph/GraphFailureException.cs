namespace MspConsole.Core.Graph;

/// <summary>A Graph or token failure translated to what the console does about it.
/// <see cref="RequestId"/> is Graph's request-id (or the token endpoint's trace id) for support and the audit log.</summary>
public sealed class GraphFailureException : Exception
{
    public GraphFailureException(GraphFailureKind kind, string message, string? requestId = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        RequestId = requestId;
        RetryAfter = retryAfter;
    }

    public GraphFailureException() : this(GraphFailureKind.Unknown, "Graph call failed.")
    {
    }

    public GraphFailureException(string message) : this(GraphFailureKind.Unknown, message)
    {
    }

    public GraphFailureException(string message, Exception innerException) : this(GraphFailureKind.Unknown, message, innerException: innerException)
    {
    }

    public GraphFailureKind Kind { get; }

    public string? RequestId { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Graph's error code (e.g. Authorization_RequestDenied) or the token endpoint's AADSTS code, when known.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>True for failures that concern the tenant's set-up (consent, permissions, unknown tenant, app credentials):
    /// retrying in a loop will not help.</summary>
    public bool IsSetupProblem => GraphFailureRules.IsSetupProblem(Kind);
}
