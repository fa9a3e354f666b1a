namespace MspConsole.Web.Features.Overview;

/// <summary>The overview's query string: search, filters, sort and page.</summary>
public sealed record OverviewInput
{
    public const int PageSize = 50;

    public string? Q { get; init; }

    public string? Tag { get; init; }

    /// <summary>An account manager's object id (Helpdesk/Admin only: an account manager sees their own tenants anyway).</summary>
    public string? Manager { get; init; }

    public OverviewStatusFilter Status { get; init; }

    public OverviewSort Sort { get; init; }

    public bool Desc { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Share of users (excluded ones left out) below which a tenant counts as below target.</summary>
    public const double Target = 0.95;
}
