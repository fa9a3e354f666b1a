using System.Collections.Concurrent;
using System.Globalization;

namespace MspConsole.Web.Features.Overview;

/// <summary>
/// Culture sort keys of tenant names, computed once per name and culture and shared by every request: sorting 5,000 tenants by
/// name then compares bytes instead of asking ICU 65,000 times (or computing 5,000 keys) per overview. Names seldom change; the
/// cache is emptied if renames ever pile up past <see cref="MaxEntries"/>.
/// </summary>
public sealed class NameSortKeys
{
    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string Culture, string Name), SortKey> keys = new();

    public IComparer<SortKey> Comparer { get; } = Comparer<SortKey>.Create(SortKey.Compare);

    /// <summary>A key function for one sort in <paramref name="culture"/>.</summary>
    public Func<string, SortKey> For(CultureInfo culture)
    {
        // Count takes every lock of the dictionary: once per sort, not once per name.
        if (keys.Count > MaxEntries)
        {
            keys.Clear();
        }

        return name => Of(culture, name);
    }

    private SortKey Of(CultureInfo culture, string name) =>
        keys.GetOrAdd((culture.Name, name), static (key, compareInfo) => compareInfo.GetSortKey(key.Name, CompareOptions.IgnoreCase), culture.CompareInfo);
}
