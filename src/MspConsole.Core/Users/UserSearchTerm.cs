namespace MspConsole.Core.Users;

/// <summary>
/// One searchable prefix key of a user (see <see cref="SearchTerms"/>): finding a caller by any word of their name or UPN
/// is an index seek on <see cref="Term"/>, whatever the number of users, never a scan of the user table.
/// </summary>
public sealed class UserSearchTerm
{
    public const int TermMaxLength = 64;

    private UserSearchTerm()
    {
    }

    public UserSearchTerm(long tenantUserId, Guid tenantId, SearchTerm term)
    {
        TenantUserId = tenantUserId;
        TenantId = tenantId;
        Term = term.Text;
        IsFullName = term.IsFullName;
    }

    public long TenantUserId { get; private set; }

    /// <summary>The user's tenant, so an account manager's search filters by scope before it reads a user row.</summary>
    public Guid TenantId { get; private set; }

    public string Term { get; private set; } = "";

    /// <summary>The whole display name or UPN: matches of these are shown first.</summary>
    public bool IsFullName { get; private set; }
}
