namespace MspConsole.Core.Audit;

/// <summary>
/// Who acted, from where and in which request: what every audit entry records about its actor. A signed-in engineer
/// carries their request's client IP and correlation id; the console's own jobs (<see cref="Job"/>) carry neither.
/// </summary>
public sealed record AuditActor(string ObjectId, string Upn, string Role, string? ClientIp = null, string? CorrelationId = null)
{
    /// <summary>The role recorded for the console's own jobs (campaigns, customer reports); a resource key on the audit page.</summary>
    public const string JobRole = "System";

    /// <summary>A scheduled job of the console, named in both the object id and the user name columns.</summary>
    public static AuditActor Job(string name) => new(name, name, JobRole);
}
