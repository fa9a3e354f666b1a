namespace MspConsole.Web.Features.Tenants;

/// <summary>The tenant user table's sortable columns; each keeps keyset paging with the row id as tie-breaker.</summary>
public enum UserSort
{
    Upn,
    Name,
    Status,
    Methods,
}
