using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Polling;

/// <summary>
/// Keeps the search terms of saved users current: for each user whose terms are stale, deletes the old ones and writes
/// the new ones together with the user's flag in one SaveChanges, so a failure leaves the flag stale and the next poll
/// (or re-read) writes them again.
/// </summary>
public static class SearchTermWriter
{
    public static async Task WriteStaleAsync(MspConsoleDbContext db, IEnumerable<TenantUser> savedUsers, CancellationToken cancellationToken)
    {
        var stale = savedUsers.Where(user => !user.SearchTermsCurrent).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var ids = stale.Select(user => user.Id).ToList();
        await db.UserSearchTerms.Where(term => ids.Contains(term.TenantUserId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var user in stale)
        {
            db.UserSearchTerms.AddRange(SearchTerms.Of(user.DisplayName, user.UserPrincipalName).Select(term => new UserSearchTerm(user.Id, user.TenantId, term)));
            user.MarkSearchTermsCurrent();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
