namespace MspConsole.Web.Features.Api;

/// <summary>A user in the API. <see cref="Id"/> is the paging key.</summary>
public sealed record ApiUser(long Id, string ObjectId, string UserPrincipalName, string DisplayName, string Status, IReadOnlyList<string> Methods, string? DefaultMethod,
    bool IsAdmin, bool IsGuest, bool Disabled, DateTimeOffset? LastUpdatedInGraph, DateTimeOffset LastSeenAt);
