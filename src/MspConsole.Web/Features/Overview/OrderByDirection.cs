using System.Linq.Expressions;

namespace MspConsole.Web.Features.Overview;

/// <summary>OrderBy/ThenBy with the direction as a value, for sorts whose direction comes from the query string.</summary>
public static class OrderByDirection
{
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.OrderByDescending(key) : source.OrderBy(key);

    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> source, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.ThenByDescending(key) : source.ThenBy(key);
}
