using MspConsole.Core.Audit;

namespace MspConsole.Web.Features.Audit;

/// <summary>The audit page's query string. Dates are days in the MSP's time zone (DisplayTime), inclusive. Paging is keyset: entries older than <see cref="Before"/> (an entry id).</summary>
public sealed record AuditInput
{
    public const int PageSize = 50;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public Guid? Tenant { get; init; }

    /// <summary>Start of the actor's UPN.</summary>
    public string? Actor { get; init; }

    public string? Action { get; init; }

    public AuditOutcome? Outcome { get; init; }

    public long? Before { get; init; }
}
