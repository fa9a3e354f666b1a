using MspConsole.GraphSimulator.Data;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.State;

/// <summary>The tenants of one dataset generation, looked up by id or domain. Immutable once built (tenants themselves are live).</summary>
internal sealed class TenantDirectory
{
    private readonly Dictionary<string, SimTenant> byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, SimTenant> byId = [];

    public TenantDirectory(SimulatorOptions options)
    {
        var seed = options.Seed;
        var all = new List<SimTenant>(options.Tenants);
        for (var i = 0; i < options.Tenants; i++)
        {
            var profile = TenantGenerator.Create(seed, i);
            if (i == TenantGenerator.LargeTenantIndex && options.LargeTenantUsers is { } users)
            {
                profile = profile with { UserCount = users, Licensed = true, Consented = true };
            }

            var tenant = new SimTenant(profile, p => UserGenerator.Generate(seed, p), Permissions.DefaultGranted);
            all.Add(tenant);
            byId[tenant.Id] = tenant;
            byKey[tenant.Id.ToString()] = tenant;
            byKey[tenant.DefaultDomain] = tenant;
        }

        All = all;
    }

    public IReadOnlyList<SimTenant> All { get; }

    public SimTenant? Find(string idOrDomain) => byKey.GetValueOrDefault(idOrDomain.Trim());

    public SimTenant? Find(Guid id) => byId.GetValueOrDefault(id);
}
