namespace MspConsole.Web.Features.Api;

/// <summary>The tenant's last poll and whether polling runs.</summary>
public sealed record ApiPollHealth(string? LastOutcome, DateTimeOffset? LastStartedAt, DateTimeOffset? LastFinishedAt, DateTimeOffset? LastSucceededAt, string? LastError, bool Paused, DateTimeOffset? OffboardedAt);
