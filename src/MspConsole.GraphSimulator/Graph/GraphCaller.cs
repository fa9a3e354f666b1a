using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>The authenticated caller of a Graph request: the tenant its token is bound to, and its roles.</summary>
internal sealed record GraphCaller(SimTenant Tenant, IReadOnlyList<string> Roles, string RequestId, string ClientRequestId)
{
    public bool HasAny(IEnumerable<string> roles) =>
        roles.Any(r => Roles.Contains(r, StringComparer.OrdinalIgnoreCase) && Tenant.HasRole(r));
}
