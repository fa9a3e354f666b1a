namespace MspConsole.GraphSimulator.Model;

/// <summary>
/// Live state of one customer tenant. Users are generated on first use from the tenant's own seed, so a
/// 1,000-tenant dataset starts at once and only tenants that are read take memory.
/// All user access goes through <see cref="Read{T}"/> / <see cref="Write{T}"/>, which hold the tenant's lock.
/// </summary>
public sealed class SimTenant
{
    private readonly Lock sync = new();
    private readonly Func<TenantProfile, UserSet> generate;
    private readonly HashSet<string> grantedRoles;
    private UserSet? users;

    internal SimTenant(TenantProfile profile, Func<TenantProfile, UserSet> generate, IEnumerable<string> grantedRoles)
    {
        Profile = profile;
        this.generate = generate;
        this.grantedRoles = new HashSet<string>(grantedRoles, StringComparer.OrdinalIgnoreCase);
        Consented = profile.Consented;
        Licensed = profile.Licensed;
        SecurityDefaults = profile.SecurityDefaults;
    }

    public TenantProfile Profile { get; }

    public Guid Id => Profile.Id;

    public string DefaultDomain => Profile.DefaultDomain;

    public string DisplayName => Profile.DisplayName;

    public bool SsprEnabled => Profile.SsprEnabled;

    public bool SystemPreferredEnabled => Profile.SystemPreferredEnabled;

    /// <summary>Whether the MSP's app has a service principal here (admin consent given).</summary>
    public bool Consented { get; set; }

    /// <summary>Whether the tenant has Entra ID P1/P2 (registration report and CA need it).</summary>
    public bool Licensed { get; set; }

    public bool SecurityDefaults { get; set; }

    /// <summary>Users currently in the tenant (the generated count until the tenant is first read).</summary>
    public int UserCount
    {
        get
        {
            lock (sync)
            {
                return users?.Count ?? Profile.UserCount;
            }
        }
    }

    /// <summary>Application permissions consented in this tenant; tokens carry these as <c>roles</c>.</summary>
    public IReadOnlyList<string> GrantedRoles
    {
        get
        {
            lock (sync)
            {
                return grantedRoles.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    public bool HasRole(string role)
    {
        lock (sync)
        {
            return grantedRoles.Contains(role);
        }
    }

    public void GrantRole(string role)
    {
        lock (sync)
        {
            grantedRoles.Add(role);
        }
    }

    public bool RemoveRole(string role)
    {
        lock (sync)
        {
            return grantedRoles.Remove(role);
        }
    }

    internal T Read<T>(Func<UserSet, T> read)
    {
        lock (sync)
        {
            users ??= generate(Profile);
            return read(users);
        }
    }

    internal T Write<T>(Func<UserSet, T> write) => Read(write);
}
