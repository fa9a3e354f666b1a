namespace MspConsole.GraphSimulator.Model;

/// <summary>The generated, immutable facts about a tenant (its starting point; <see cref="SimTenant"/> holds the live state).</summary>
public sealed record TenantProfile(
    int Index,
    Guid Id,
    string DisplayName,
    string DefaultDomain,
    string Language,
    int UserCount,
    bool Licensed,
    bool Consented,
    bool SecurityDefaults,
    bool SsprEnabled,
    bool SystemPreferredEnabled);
