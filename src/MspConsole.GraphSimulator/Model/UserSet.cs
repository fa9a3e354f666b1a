namespace MspConsole.GraphSimulator.Model;

/// <summary>A tenant's users, ordered by object id (the paging key), with lookups by id and UPN. Not thread-safe: the tenant lock guards it.</summary>
internal sealed class UserSet
{
    private readonly List<SimUser> ordered = [];
    private readonly Dictionary<Guid, SimUser> byId = [];
    private readonly Dictionary<string, SimUser> byUpn = new(StringComparer.OrdinalIgnoreCase);

    public int Count => ordered.Count;

    public IReadOnlyList<SimUser> All => ordered;

    public void Add(SimUser user)
    {
        if (!byId.TryAdd(user.Id, user))
        {
            throw new InvalidOperationException($"User {user.Id} already exists.");
        }

        byUpn[user.UserPrincipalName] = user;
        var index = ordered.BinarySearch(user, KeyComparer.Instance);
        ordered.Insert(index < 0 ? ~index : index, user);
    }

    public bool Remove(SimUser user)
    {
        if (!byId.Remove(user.Id))
        {
            return false;
        }

        byUpn.Remove(user.UserPrincipalName);
        ordered.RemoveAt(ordered.BinarySearch(user, KeyComparer.Instance));
        return true;
    }

    /// <summary>Finds by object id or by UPN, as Graph's <c>/users/{id|upn}</c> does.</summary>
    public SimUser? Find(string idOrUpn)
    {
        if (Guid.TryParse(idOrUpn, out var id))
        {
            return byId.GetValueOrDefault(id);
        }

        return byUpn.GetValueOrDefault(Uri.UnescapeDataString(idOrUpn));
    }

    /// <summary>Up to <paramref name="count"/> users after <paramref name="afterKey"/> that match; <paramref name="more"/> says whether any match remains.</summary>
    public List<SimUser> PageAfter(string? afterKey, Func<SimUser, bool> match, int count, out bool more)
    {
        var start = 0;
        if (afterKey is not null)
        {
            start = BinarySearchKey(afterKey);
        }

        var page = new List<SimUser>(Math.Min(count, 1000));
        more = false;
        for (var i = start; i < ordered.Count; i++)
        {
            if (!match(ordered[i]))
            {
                continue;
            }

            if (page.Count == count)
            {
                more = true;
                break;
            }

            page.Add(ordered[i]);
        }

        return page;
    }

    /// <summary>Index of the first user whose key sorts after <paramref name="key"/>.</summary>
    private int BinarySearchKey(string key)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(ordered[mid].Key, key) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed class KeyComparer : IComparer<SimUser>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(SimUser? x, SimUser? y) => string.CompareOrdinal(x?.Key, y?.Key);
    }
}
