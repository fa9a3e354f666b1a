using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Search;

/// <summary>
/// Finds users across the caller's tenants by the start of any word of their name or UPN, ignoring case, accents and the
/// spaces inside names (<see cref="SearchTerms"/>). Each step is a range seek on the search terms' key, read in key order
/// and cut at the page size: whole names and UPNs that start with the query first (an exact name first of all), then
/// any other word. Never a LIKE scan of the user table.
/// </summary>
public sealed class SearchQueries(MspConsoleDbContext db)
{
    public const int MinimumLength = 2;
    public const int MaxResults = 50;

    /// <summary>After 'z' and '9': every term that starts with the query sorts below query + this (binary collation).</summary>
    private const string AfterEveryTermCharacter = "{";

    public async Task<IReadOnlyList<SearchResult>> FindAsync(TenantScope scope, string query, CancellationToken cancellationToken)
    {
        var prefix = SearchTerms.Normalize(query);
        if (prefix.Length < MinimumLength)
        {
            return [];
        }

        var wanted = MaxResults + 1;
        var results = await MatchesAsync(scope, prefix, isFullName: true, wanted, cancellationToken);
        if (results.Count < wanted)
        {
            var found = results.Select(result => result.Id).ToHashSet();
            results.AddRange((await MatchesAsync(scope, prefix, isFullName: false, wanted + found.Count, cancellationToken)).Where(result => found.Add(result.Id)));
        }

        return [.. results.Take(wanted).Select(result => result.Result)];
    }

    /// <summary>Users with a term of the kind that starts with <paramref name="prefix"/>, in term order, each once.</summary>
    private async Task<List<(long Id, SearchResult Result)>> MatchesAsync(TenantScope scope, string prefix, bool isFullName, int wanted, CancellationToken cancellationToken)
    {
        var upper = prefix + AfterEveryTermCharacter;
#pragma warning disable CA1309 // Translated to SQL's >= and <, which the column's binary collation decides; not run in .NET.
        var terms = db.UserSearchTerms.AsNoTracking()
            .Where(term => term.IsFullName == isFullName && string.Compare(term.Term, prefix) >= 0 && string.Compare(term.Term, upper) < 0);
#pragma warning restore CA1309
        if (!scope.IsAll)
        {
            terms = terms.Where(term => scope.TenantIds.Contains(term.TenantId));
        }

        // A user matches with several terms at most a few times ("van" and "vanacker" for "van"): twice the page is plenty.
        var rows = await terms
            .Join(db.TenantUsers.Where(user => user.RemovedAt == null), term => term.TenantUserId, user => user.Id, (term, user) => new { term.Term, term.TenantUserId, User = user })
            // An offboarded tenant keeps its history, but its users are no longer anyone the helpdesk looks up.
            .Join(db.Tenants.Where(tenant => tenant.OffboardedAt == null), match => match.User.TenantId, tenant => tenant.Id, (match, tenant) => new
            {
                match.Term,
                // The term's own copy of the user id: (Term, TenantUserId) is the key's order, so the database reads the
                // range in order and stops at the limit instead of sorting every match of a common surname.
                Id = match.TenantUserId,
                Result = new SearchResult(match.User.TenantId, tenant.DisplayName, match.User.ObjectId, match.User.UserPrincipalName, match.User.DisplayName,
                    match.User.Status, match.User.IsAdmin, tenant.PollingPaused, tenant.OffboardedAt),
            })
            .OrderBy(row => row.Term).ThenBy(row => row.Id)
            .Take(wanted * 2)
            .ToListAsync(cancellationToken);
        var seen = new HashSet<long>();
        return [.. rows.Where(row => seen.Add(row.Id)).Take(wanted).Select(row => (row.Id, row.Result))];
    }
}
