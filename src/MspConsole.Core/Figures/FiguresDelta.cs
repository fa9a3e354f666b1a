namespace MspConsole.Core.Figures;

/// <summary>How one save moves the figures of the tenants it touches: per user, the new contribution minus the old.</summary>
public sealed class FiguresDelta
{
    private readonly Dictionary<Guid, FigureCounts> counts = [];
    private readonly Dictionary<(Guid TenantId, string Method), int> methods = [];

    public IEnumerable<(Guid TenantId, FigureCounts Counts)> Counts =>
        counts.Where(pair => !pair.Value.IsZero).Select(pair => (pair.Key, pair.Value));

    public IEnumerable<(Guid TenantId, string Method, int Users)> Methods =>
        methods.Where(pair => pair.Value != 0).Select(pair => (pair.Key.TenantId, pair.Key.Method, pair.Value));

    public bool IsEmpty => !Counts.Any() && !Methods.Any();

    public void Change(Guid tenantId, UserContribution before, UserContribution after)
    {
        Add(tenantId, before, -1);
        Add(tenantId, after, 1);
    }

    public void Add(Guid tenantId, UserContribution contribution, int sign)
    {
        if (!contribution.Counts.IsZero)
        {
            var current = counts.GetValueOrDefault(tenantId);
            counts[tenantId] = sign > 0 ? current + contribution.Counts : current - contribution.Counts;
        }

        foreach (var method in contribution.Methods)
        {
            methods[(tenantId, method)] = methods.GetValueOrDefault((tenantId, method)) + sign;
        }
    }
}
