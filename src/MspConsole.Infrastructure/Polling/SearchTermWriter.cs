using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Polling;

/// <summary>
/// Keeps the search terms of saved users current: for each user whose terms are stale, deletes the old ones, writes the
/// new ones, then flags the users current in one set-based update. A failure leaves the flag stale and the next poll (or
/// re-read) writes them again.
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
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.TenantUsers.Where(user => ids.Contains(user.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(user => user.SearchTermsCurrent, true), cancellationToken);
        foreach (var user in stale)
        {
            // Stored already (above): the tracked user must not be saved again for it.
            user.MarkSearchTermsCurrent();
            db.Entry(user).Property(tracked => tracked.SearchTermsCurrent).OriginalValue = true;
        }
    }
}
