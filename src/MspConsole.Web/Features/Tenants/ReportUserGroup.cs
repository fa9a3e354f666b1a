using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Tenants;

/// <summary>One status group of the report's "users who need to act": the first rows and how many there are in all.</summary>
public sealed record ReportUserGroup(MfaStatus Status, int Total, IReadOnlyList<TenantUserRow> Rows)
{
    public int NotListed => Total - Rows.Count;
}
