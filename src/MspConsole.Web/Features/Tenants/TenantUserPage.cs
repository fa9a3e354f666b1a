namespace MspConsole.Web.Features.Tenants;

public sealed record TenantUserPage(TenantUserInput Input, IReadOnlyList<TenantUserRow> Rows, TenantUserRow? NextAfter, int MatchingUsers)
{
    public int PageCount => Math.Max(1, (MatchingUsers + TenantUserInput.PageSize - 1) / TenantUserInput.PageSize);
}
