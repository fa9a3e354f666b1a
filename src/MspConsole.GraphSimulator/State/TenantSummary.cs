namespace MspConsole.GraphSimulator.State;

/// <summary>Control API view of a tenant.</summary>
public sealed record TenantSummary(
    Guid Id,
    string DefaultDomain,
    string DisplayName,
    bool Consented,
    bool Licensed,
    bool SecurityDefaults,
    int UserCount,
    IReadOnlyList<string> GrantedRoles);
