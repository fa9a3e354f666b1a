using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MspConsole.Core.Figures;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Figures;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Polling;

/// <summary>
/// Writes the users a poll sees for the first time (a tenant's first poll: all of them). On SQLite, inside the caller's
/// transaction: each user and its search terms through a prepared insert (<see cref="SqliteRowInserter{TEntity}"/>), and
/// their figures with them. Elsewhere (SQL Server batches inserts well) the users are added to the context, and the page's
/// SaveChanges, the figures interceptor and <see cref="SearchTermWriter"/> take them as any other save.
/// </summary>
internal static class NewUserWriter
{
    public static async Task AddAsync(MspConsoleDbContext db, IReadOnlyCollection<TenantUser> users, CancellationToken cancellationToken)
    {
        if (users.Count == 0)
        {
            return;
        }

        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not { } transaction)
        {
            db.TenantUsers.AddRange(users);
            return;
        }

        var delta = new FiguresDelta();
        await using (var inserter = SqliteRowInserter<TenantUser>.Create(db))
        {
            foreach (var user in users)
            {
                // Written below in the same transaction.
                user.MarkSearchTermsCurrent();
                await inserter.InsertAsync(user, cancellationToken);
                delta.Add(user.TenantId, UserContribution.Of(user), 1);
            }
        }

        await using (var inserter = SqliteRowInserter<UserSearchTerm>.Create(db))
        {
            foreach (var user in users)
            {
                foreach (var term in SearchTerms.Of(user.DisplayName, user.UserPrincipalName))
                {
                    await inserter.InsertAsync(new UserSearchTerm(user.Id, user.TenantId, term), cancellationToken);
                }
            }
        }

        await FigureCommands.ApplyAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), delta, cancellationToken);
    }
}
