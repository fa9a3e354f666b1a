using System.Globalization;
using System.Linq.Expressions;
using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Tenants;

/// <summary>
/// Keyset paging on (sort key, id) for the tenant user table: "after the last row" is a WHERE on the key, so page 20 costs what page 1
/// costs. The key and id go to the database as parameters.
/// </summary>
public static class UserKeyset
{
    /// <summary>The key the next page starts after, as the query string carries it.</summary>
    public static string KeyOf(UserSort sort, TenantUserRow row) => sort switch
    {
        UserSort.Name => row.DisplayName,
        UserSort.Status => MfaStatusRules.UrgencyRank(row.Status).ToString(CultureInfo.InvariantCulture),
        UserSort.Methods => row.MfaMethodCount.ToString(CultureInfo.InvariantCulture),
        _ => row.UserPrincipalName,
    };

    public static IQueryable<TenantUser> Page(IQueryable<TenantUser> users, TenantUserInput input) => input.Sort switch
    {
        UserSort.Name => Page(users, user => user.DisplayName, input.After, input),
        UserSort.Status => Page(users, user => user.StatusRank, Parsed(input.After), input),
        UserSort.Methods => Page(users, user => user.MfaMethodCount, Parsed(input.After), input),
        _ => Page(users, user => user.UserPrincipalName, input.After, input),
    };

    private static IQueryable<TenantUser> Page<TKey>(IQueryable<TenantUser> users, Expression<Func<TenantUser, TKey>> key, (bool Has, TKey Value) after, TenantUserInput input)
    {
        if (after.Has)
        {
            users = users.Where(After(key, after.Value, input.AfterId, input.Desc));
        }

        return input.Desc
            ? users.OrderByDescending(key).ThenByDescending(user => user.Id)
            : users.OrderBy(key).ThenBy(user => user.Id);
    }

    private static IQueryable<TenantUser> Page(IQueryable<TenantUser> users, Expression<Func<TenantUser, string>> key, string? after, TenantUserInput input) =>
        Page(users, key, (after is not null, after ?? ""), input);

    private static (bool Has, int Value) Parsed(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? (true, parsed) : (false, 0);

    /// <summary>key &gt;= after AND (key &gt; after OR id &gt; afterId), mirrored for descending: the same rows as "key &gt; after OR (key = after
    /// AND id &gt; afterId)", but its first term is a range the (TenantId, key) index seeks to, so a deep page reads only its own rows.
    /// Strings compare with CompareTo, which becomes SQL "&gt;" in the database's collation, the one ORDER BY uses.</summary>
    private static Expression<Func<TenantUser, bool>> After<TKey>(Expression<Func<TenantUser, TKey>> key, TKey after, long afterId, bool descending)
    {
        var user = key.Parameters[0];
        // Member access on a closure object: EF sends the value as a parameter instead of inlining it.
        var value = Expression.Property(Expression.Constant(new Boxed<TKey>(after)), nameof(Boxed<TKey>.Value));
        var id = Expression.Property(Expression.Constant(new Boxed<long>(afterId)), nameof(Boxed<long>.Value));
        Expression left = key.Body, right = value;
        if (typeof(TKey) == typeof(string))
        {
            left = Expression.Call(key.Body, typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!, value); // ! : string.CompareTo(string) exists.
            right = Expression.Constant(0);
        }

        var from = descending ? Expression.LessThanOrEqual(left, right) : Expression.GreaterThanOrEqual(left, right);
        var beyond = descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
        var userId = Expression.Property(user, nameof(TenantUser.Id));
        var laterId = descending ? Expression.LessThan(userId, id) : Expression.GreaterThan(userId, id);
        return Expression.Lambda<Func<TenantUser, bool>>(Expression.AndAlso(from, Expression.OrElse(beyond, laterId)), user);
    }

    private sealed record Boxed<T>(T Value);
}
