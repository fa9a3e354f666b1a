using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
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
    // Four parameters a row: within SQL Server's 2,100 parameters and 1,000 rows of one VALUES list.
    private const int RowsPerInsert = 250;

    public static async Task WriteStaleAsync(MspConsoleDbContext db, IEnumerable<TenantUser> savedUsers, CancellationToken cancellationToken)
    {
        var stale = savedUsers.Where(user => !user.SearchTermsCurrent).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        var ids = stale.Select(user => user.Id).ToList();
        await db.UserSearchTerms.Where(term => ids.Contains(term.TenantUserId)).ExecuteDeleteAsync(cancellationToken);
        var rows = stale.SelectMany(user => SearchTerms.Of(user.DisplayName, user.UserPrincipalName).Select(term => new UserSearchTerm(user.Id, user.TenantId, term)));
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            await InsertAsync(db, chunk, cancellationToken);
        }

        await db.TenantUsers.Where(user => ids.Contains(user.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(user => user.SearchTermsCurrent, true), cancellationToken);
        foreach (var user in stale)
        {
            // Stored already (above): the tracked user must not be saved again for it.
            user.MarkSearchTermsCurrent();
            db.Entry(user).Property(tracked => tracked.SearchTermsCurrent).OriginalValue = true;
        }
    }

    /// <summary>One multi-row INSERT, not a tracked entity per term: a first poll writes about seven terms per user, and
    /// tracking them cost more than the rest of the page's save (profile of 2026-12-06).</summary>
    private static Task<int> InsertAsync(MspConsoleDbContext db, UserSearchTerm[] terms, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(UserSearchTerm)) ?? throw new InvalidOperationException("UserSearchTerm is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? nameof(MspConsoleDbContext.UserSearchTerms), entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)?.GetColumnName(table) ?? property);

        var values = new object[terms.Length * 4];
        var rows = new string[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            (values[4 * i], values[(4 * i) + 1], values[(4 * i) + 2], values[(4 * i) + 3]) = (terms[i].TenantUserId, terms[i].TenantId, terms[i].Term, terms[i].IsFullName);
            rows[i] = string.Create(CultureInfo.InvariantCulture, $"({{{4 * i}}}, {{{(4 * i) + 1}}}, {{{(4 * i) + 2}}}, {{{(4 * i) + 3}}})");
        }

        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({Column(nameof(UserSearchTerm.TenantUserId))}, {Column(nameof(UserSearchTerm.TenantId))}, {Column(nameof(UserSearchTerm.Term))}, {Column(nameof(UserSearchTerm.IsFullName))}) " +
            $"VALUES {string.Join(", ", rows)}";
        return db.Database.ExecuteSqlRawAsync(insert, values, cancellationToken);
    }
}
