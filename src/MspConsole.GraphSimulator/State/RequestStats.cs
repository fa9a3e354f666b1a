namespace MspConsole.GraphSimulator.State;

/// <summary>Authenticated Graph requests seen for a tenant, and how many were answered with a fault.</summary>
public sealed record RequestStats(Guid TenantId, long Total, long Throttled, long ServerErrors);
