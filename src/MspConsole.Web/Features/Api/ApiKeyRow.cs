namespace MspConsole.Web.Features.Api;

/// <summary>One key on the page: never the secret, only its first characters.</summary>
public sealed record ApiKeyRow(Guid Id, string Name, string Prefix, string? AccountManagerUpn, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Usable);
