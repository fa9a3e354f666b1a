using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Tenants;

/// <summary>The tenant user table's query string. Paging is keyset: after the last row's (UPN, id).</summary>
public sealed record TenantUserInput
{
    public const int PageSize = 50;

    public UserFilter Filter { get; init; }

    /// <summary>Prefix of the UPN or the display name.</summary>
    public string? Q { get; init; }

    public UserSort Sort { get; init; }

    public bool Desc { get; init; }

    /// <summary>The sort key of the last row seen (see <see cref="UserKeyset.KeyOf"/>).</summary>
    public string? After { get; init; }

    public long AfterId { get; init; }

    /// <summary>Which page this is, for "page 3 of 25" only: the rows come from the keyset, not from an offset.</summary>
    public int Page { get; init; } = 1;

    public bool IsFirstPage => After is null;

    public int PageShown => IsFirstPage ? 1 : Math.Max(2, Page);

    public static MfaStatus? StatusOf(UserFilter filter) => filter switch
    {
        UserFilter.NotRegistered or UserFilter.CriticalAdmins => MfaStatus.NotRegistered,
        UserFilter.SingleMethod => MfaStatus.SingleMethod,
        UserFilter.Resilient => MfaStatus.Resilient,
        UserFilter.Excluded => MfaStatus.Excluded,
        UserFilter.Disabled => MfaStatus.Disabled,
        _ => null,
    };
}
