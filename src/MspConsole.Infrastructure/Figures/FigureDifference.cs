namespace MspConsole.Infrastructure.Figures;

/// <summary>A tenant whose stored figures did not equal a recount of its users: each difference as "name: stored -> recounted".</summary>
public sealed record FigureDifference(Guid TenantId, string TenantName, IReadOnlyList<string> Differences);
